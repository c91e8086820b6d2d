"""First names of Irish, New Zealand, Indian, French-Belgian, Swiss, Austrian, Italian, Spanish
and Portuguese people that the other lists lack, as data.

Provenance: the `first_names*` tuples of Faker 40.63.0 (MIT licence, (c) 2012 Daniele Faraglia),
faker/providers/person/<locale>/__init__.py for the locales
en_IE, en_NZ, en_IN, fr_BE, fr_CH, de_AT, de_CH, it_IT, es_ES, pt_PT, pt_BR,
filtered and copied once, offline, by tools/regen_more_first_names.py (which says how). The
lexicon treats them like deduce's names.
"""

from __future__ import annotations

FIRST_NAMES = frozenset(
    """
    Aachal Aadhya Aadi Aahana Aarav Aarini Aarna Aarnav Aarón Aashi Aayush Abbi Abeer Abha
    Abhimanyu Abhiram Abigaíl Abilio Abril Adalberto Adamo Addison Adelardo Adelasia Adelmo
    Adolfo Adora Adoración Adrián Advaith Advay Advik Advika Adweta Adya Adán Aferdita Afonso
    Afrim Agapito Agastya Agim Agnese Agnolo Agostino Agron Agustina Agustín Aideen Ailis Ainara
    Aine Ainoa Aitana Aitor Ajan Ajna Alanna Alastair Albano Alberico Albulena Alderano Alea
    Aleisha Alejo Alexandar Alfio Alisson Alister Alizée Alka Allana Allegra Almudena Alondra
    Altin Alícia Amado Amador Amaia Amaira Amancio Amarilis Ambre Ambrosio Amedeo Amleto Amol
    Amruta Amélia América Américo Amílcar Anabela Anabella Anacleto Anamika Anaru Anastasio Anay
    Anaëlle Andjela Andjelina Andri Andrin Anirudh Anmol Annabell Annalena Annalise Annibale
    Annina Annunziata Ansaldo Ansh Anto Antonello Antônio Anunciación Anvi Aníbal Aodhan
    Aoibheann Aoibhin Aoibhinn Apolinar Apolline Araceli Arben Arbnor Arcelia Archie Ardit
    Ardita Ariadna Ariki Arlind Armend Armida Arnulfo Aroa Arran Arron Arsim Artemio Arunima
    Aránzazu Asafe Ascensión Asdrubal Ashlene Ashling Astrit Asunción Ataahua Atenulf Atharv
    Atilio Aude Aurel Aureliano Aurélien Aylla Aymeric Ayushman Azaan Azahar Azahara Azeglio
    Azeneth Azucena Baccio Bachittar Baghyawati Bahadurjit Bailie Bajram Bakhshi Baldassare
    Baldomero Balduino Balendra Balhaar Baljiwan Baltasar Balvan Balveer Balz Banjeet Barkha
    Bartolomeo Bartolomé Bashkim Basile Basilio Baudelio Baudouin Bautista Beauden Begoña Bekim
    Belen Benedetto Benedita Beni Benigno Benjamim Benjamín Benn Benvenuto Benício Beppe Bernabé
    Bernardino Bernardita Besart Besarta Besim Besnik Bevan Bhanumati Bhavani Bhavika Bhavini
    Bhavna Bhavya Biagio Bienvenida Biljana Bimala Bishakha Blaine Blanaid Blas Blerim Blerina
    Blerta Bluette Bonifacio Borja Branislav Braxton Brayan Breandan Breno Brieuc Brijesh Brinda
    Brodie Bronach Bronagh Bronwyn Brunilda Brígida Buenaventura Bujar Bukurije Burim Bárbara
    Béatrice Bénédicte Bérengère Bérénice Caetana Cahal Cahir Cailum Caitriona Calcedonio Calebe
    Calisto Calixta Calixto Callan Candelaria Candelario Candelas Caoilfhionn Caoimhe Caoimhin
    Caolain Caolan Caomhan Caragh Carlota Carminho Casemiro Cathal Catia Catriona Cauã Cauê
    Cayetana Cayetano Ceara Cebrián Cecilio Cecília Ceferino Celso Chaaya Chaitaly Chaitanya
    Chakradev Chakradhar Chakrika Chaman Chameli Champak Chanakya Chanchal Chandani Chandran
    Chandresh Charan Charo Charvi Chasmum Chatresh Chatura Chavvi Chelo Chema Cherith Chucho
    Chus Chuy Cianan Ciarrai Cillian Cintia Cinzia Cipriano Ciriaco Cirillo Cirino Ciríaco
    Clarisa Clelia Clemente Cleto Cliodhna Cliona Clodagh Cláudia Cláudio Clímaco Codie Cohen
    Collette Colm Coluccio Colum Conal Conall Concepción Conchur Conrado Constança Corentin
    Coriolano Cormac Corrado Corsin Cortney Cosme Costantino Costanzo Courteney Crescencia
    Cristiana Cristóbal Csaba Curdin Curro Custodia Custodio Cándida Cándido Cátia Célestin
    Célestine Célia César Côme Daire Dairine Daksh Daksha Dakshesh Dalaja Dalbir Damjan Damyanti
    Daphné Darika Darpan Darragh Darrin Darryn Darsh Darío Dayamai Dayita Deaglan Deane
    Dearbhail Dearbhaile Dearbhla Deepa Deirbhile Delfino Demetrio Dermot Dervla Desiderio
    Devansh Dhriti Dhruv Diar Diarmuid Dinis Dionigi Dionisio Dipta Domenic Domhnall Dominga
    Domingos Domitila Donal Donat Dorita Dorotea Drilon Drita Driton Duilio Débora Déborah
    Désirée Eadaoin Eamon Eamonn Edelmira Edelmiro Edgardo Edhitha Edoardo Edon Edona Eesha
    Efraín Egzon Egzona Eilis Eimear Eimer Eimhear Eiravati Ekaja Ekalinga Ekani Ekansh Ekanta
    Ekantika Ekapad Ekaraj Ekavir Ekbal Ekiya Ekta Eladio Elba Elda Eleuterio Eligio Eliott
    Elisabete Eliseo Elladio Eloah Eloá Eloísa Elpidio Eléa Eléna Elías Emanuelly Emelyne Emer
    Emigdio Emilian Emilien Emilija Emilly Emmett Emperatriz Emília Encarna Encarnacion
    Encarnación Encarnita Enda Endrit Enea Eoghan Eoin Epifanio Eraldo Erasmo Erion Ermanno
    Ermenegildo Ermes Erwan Eryn Eshana Espiridión Estefanía Estela Etelvina Ettore Eunan
    Eustaquio Eutimio Eutropio Evangelista Evaristo Evelia Ezio Fabia Fabián Fabrizia Fainche
    Falak Falan Falguni Faqid Faraj Faras Fariq Fatmir Fatmire Faton Faustino Feargal Fearghal
    Fedele Federigo Felicidad Felipa Ferdinando Fergal Fergus Fermín Fiamma Fidel Fidela Filipa
    Finbar Fintan Fionntan Fionnuala Fiorenzo Fiorino Fisnik Fitan Fitim Fito Fitore Fiyaz
    Flamur Flavie Florencio Florentin Florentino Floriane Florim Florinda Flurin Flurina
    Fortunata Frado Fraser Fulgencio Fulvio Fábio Fátima Félix Gabin Gabino Gabrielly Gagan
    Galasso Galo Ganimete Garima Gaspare Gastone Gastón Gaurang Gaurangi Gaurav Gaurika Gautam
    Gautami Gauthier Gayathri Gaylene Gazmend Gaëtan Geetika Gelsomina Gema Geoffroy Germán
    Gervasio Gerónimo Giacinto Giacobbe Giampaolo Giampiero Gianfrancesco Gianfranco Gianluigi
    Gianmarco Gianpaolo Gianpietro Giles Gioacchino Gioachino Gioele Gioffre Gion Gionata Giosuè
    Girik Girindra Girolamo Giuseppa Giustino Glauco Glenys Godofredo Goffredo Gonçalo Gopal
    Goyo Graciana Graciano Grainne Grayson Greca Grégory Guarino Guglielmo Guilherme Guiomar
    Gunbir Guneet Gwenaëlle Gzim Gérald Géraldine Hadrien Hamish Hamsini Hansjürg Hansruedi
    Hansueli Hardik Harinakshi Harini Harita Haroldo Harshil Haydée Hayleigh Heitor Heliodoro
    Hellena Heloisa Heloísa Hemang Hemangini Hemani Heraclio Herberto Heriberto Hermenegildo
    Herminia Herminio Hernando Hernán Hilario Hinewai Hipólito Hiral Hitesh Hoani Horacio
    Hredhaan Hritik Huia Héctor Héloïse Iara Ibán Idika Idriz Ignacia Ignazio Ihaia Ijaya Ikbal
    Ikshita Ilaria Ildefonso Ilenia Ilir Imaran Imer Indali Indrajit Inmaculada Inocencio Inês
    Iolanda Ippazio Irya Isabelly Isaline Isaque Isaías Ishanvi Isidoro Isidro Itziar Ivica Iván
    Jacobo Jacopo Jagat Jagdish Jagrati Jagvi Jairaj Jalsa Janaki Janani Janic Janosch Januja
    Janya Jarlath Jarrod Jasmit Jatin Javiera Jeet Jeevika Jenaro Jeremías Jerónimo Jesusa Jesús
    Jetmir Jeton Jhalak Jimena Joaquina Jordon Jordán Julijana Julián Jérémie Jérémy Jéssica
    Júlia Jürg Kabir Kahu Kahurangi Kaique Kalpit Kaltrina Kamala Kamilly Kamya Karley Karyn
    Kashish Kashvi Kastriot Kavya Kealan Keegan Keelan Keeva Kerrie Keya Khloe Kiaan Kiera Krish
    Krisha Kritika Kujtim Kurtis Kushtrim Kévim Kévin Labinot Lachlan Ladina Ladli Lajita Laksh
    Lakshit Lalo Laly Lamberto Laoise Laora Laureano Lauriane Laurin Lavanya Lavínia Lazzaro
    Laëtitia Laís Leano Leart Ledion Leela Leire Lekha Leocadio Leoncio Leopoldo Letícia Leyre
    Leïla Liberto Libni Lilla Lindita Lipika Liridon Liridona Lirim Ljubisa Lodovico Lohit Loida
    Lopa Lorcan Lorik Louane Louna Lourenço Luara Luchino Lucho Lucila Lucrezia Ludivine
    Ludovico Luigina Luisina Luljeta Lulzim Lunna Lupe Lupita Luzius Luís Luísa Lyndsay Lynley
    Lynnette László Lázaro Léa Léana Léane Léna Léo Léonard Léonie Léopold Lívia Lúcia Maanas
    Maanav Macarena Macaria Macario Macauley Maddalena Maddison Madhav Mael Maeva Mahi Mahika
    Mairead Mairtin Maitê Maksim Malachy Malea Mamen Manaaki Manaia Manan Manbir Manola Manolo
    Manthan Manuelita Manya Maraea Marcantonio Marcial Maree Mareikura Margrith Marianela
    Mariangela Maricela Maricruz Marisela Maristela Marlyse Martim Martirio Martín Maryline
    Mateus Mathéo Matiu Mattéo Matéo Matías Maude Mauricette Maurilio Maurin Maurine Maurus
    Maxence Maximiano Maximilien Maximino Maëlle Maëlys Maëva Maïté Meabh Megha Meghana Meibh
    Mekhala Melchor Merche Mereana Meret Mergim Merita Micael Micheala Micheletto Michelotto
    Mickaël Miguela Mihaela Mihajlo Mikaere Milorad Mimoza Mireia Miriama Mirlinda Mirta Mitali
    Mitesh Mladen Modesto Moisés Morgane Mugdha Muhamet Murilo Myrta Myrtha Márcio Mário Máxima
    Máximo Mégane Mélanie Mélina Mélissa Mélodie Mónica Nachiket Nacio Nadège Nael Naiara Naksh
    Nakul Nanni Naoimh Naoise Naomh Napoleone Narcisa Narciso Naser Natalio Natanael Nate
    Natividad Natália Nazario Nazmi Naël Nebojsa Nedda Neelima Nelio Nerea Nereida Netra Nevio
    Ngaire Nicanor Niccolò Nichola Niclas Nicodemo Nicolasa Nicolò Nidhi Nidia Nidra Niharika
    Nikau Niklaus Nikora Nilima Nimrat Ninetta Nirja Nitara Nives Noemí Norberto Norina Nádia
    Nélida Néstor Núria Obdulia Octavio Odalis Odalys Odhran Odika Oeshi Ofelia Oisin Ojas
    Ojasvi Olalla Olegario Olimpia Olívia Omaja Omisha Omkaar Omya Onkar Onofre Onveer Oonagh
    Orazio Oreste Orfhlaith Orinder Orlagh Orlaigh Orlaith Osvaldo Otilia Ottavio Ottone Otávio
    Ovidio Oviya Pacífica Padraic Padraig Padraigin Pahal Pallavi Pancho Panfilo Paoletta Paride
    Parth Pascaline Pascual Pascuala Pastora Patrizio Patrícia Paulino Pauric Pavani Payton
    Peadar Pearce Pearse Pelayo Pellegrino Pepito Perlita Perrine Petr Petrona Piaras Piedad
    Pierangelo Piergiorgio Piergiuseppe Pierina Pierluigi Piermaria Piero Pierpaolo Piersanti
    Pietra Plinio Plácido Pompeo Pomponio Poncio Porfirio Pranav Praneel Pranit Pratyush Predrag
    Primitiva Primitivo Priscila Prisha Prudencia Prudencio Puccio Purificación Pushti Pánfilo
    Péter Pía Pío Qabil Qadim Qarin Quique Quirino Qushi Raagini Rachit Rachita Rael Raewyn Rafa
    Raffaellino Raffaello Raghav Rajata Rajeshri Raksha Ranbir Ranieri Ranveer Ravy Rawiri
    Rayana Regan Regula Rehaan Remedios Renan Renaud Rexhep Reyansh Reyna Rhavi Rhian Rhianna
    Ricciotti Ridhi Rinor Riya Rocío Rodolphe Rodrigue Rogelio Roise Roisin Roldán Romane Romolo
    Román Ronith Ronya Roque Rosalba Rosalva Rosalía Rosaura Roseanna Rosenda Rosendo Rossana
    Ruairi Ruari Ruedi Rufino Ruggero Ruggiero Ruperta Ruperto Ruy Ruzica Régine Régis Régulo
    Rémi Rómulo Rúben Saanvi Sabas Sabatino Sachi Saksham Salomón Salvi Samaksh Samarth Samesh
    Samuele Sanaya Sandalio Sanije Sante Saoirse Sarthak Sathvik Saturnina Saturnino Saumya
    Seamus Seana Seanan Seaneen Seanna Sebastião Segismundo Seona Seraina Sereina Severiano
    Severo Shaban Shannan Shauneen Shaurya Sheree Shivansh Shpresa Shqipe Shravya Sigfrido
    Silvestre Silvestro Simão Simón Sinisa Siofra Sione Siro Skender Skyla Sladjana Slavisa
    Sneha Snezana Soline Soraia Sorcha Sosimo Sudiksha Suhani Susanita Sylviane Sylvianne Sérgio
    Séverine Sónia Tadeo Taine Tamanna Tamati Tanay Tangaroa Tanish Tanmayi Tanveer Tanvi Tarak
    Tayla Teerth Tegan Tejas Telemaco Telmo Temistocle Teobaldo Teodoro Teodosio Teresita Terina
    Teuta Teófila Teófilo Theodoro Theophil Théa Théo Tiare Tiarna Tiarnan Tiburcio Tiegan
    Tiernan Timea Timoteo Timéo Tomasa Tomé Tonicha Tonino Toribio Torquato Toño Trini Tripti
    Tristán Triveni Triya Tullio Turvi Tyla Tânia Téo Ubaldo Uberto Ubika Ucchal Udant Udarsh
    Udyati Ueli Ugolino Ulises Umang Unnati Unni Upadhriti Upasna Upkaar Upma Urbano Urishilla
    Urmi Ursina Urvashi Urvi Utkarsh Vaishnavi Valentim Valentín Valero Valon Vamakshi Vanesa
    Vania Vansha Varenya Vasana Vasatika Vasudha Vedant Vedhika Vedika Venancio Venceslás
    Verónica Vicenta Victoriano Victorino Victória Vidhi Vihaan Vinaya Vincentio Vinciane
    Vinicio Vinicius Vinícius Viridiana Visar Visitación Vitor Vitória Vivaan Vjollca Vlora
    Vreneli Vrinda Vrishti Vritti Vyanjana Víctor Vítor Wahab Waida Waimarie Wakeeta Warhi
    Warinder Warjas Watika Wazir Widisha Wikitoria Wilfredo Wiremu Wishi Wriddhish Wridesh
    Wálter Xalak Xiti Yachana Yadavi Yagnesh Yago Yahvi Yaiza Yamini Yanik Yashasvi Yashawini
    Yashica Yashoda Yashodhara Yashvi Yasti Yatan Yatin Yauvani Ylenia Ylvie Yoann Yochana Yohan
    Yoshita Ysaline Yug Yutika Yuvraj Yésica Yéssica Zac Zacarías Zach Zaida Zaitra Zansi Zarna
    Zashil Zayan Zayyan Zehaan Zilmil Zinal Zoraida Zorica Zsolt Zuzana Zélie África Ágata
    Ágatha Águeda Álvaro Ámbar Ángel Ángela Ángeles Áurea Ângela Ângelo Édgar Érica Íngrid Íris
    Ísis Íñigo Óscar Úrsula
    """.split()
)
