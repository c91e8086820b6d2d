"""First names of people from the other continents (African, East and South-East Asian, Latin
American, Central, Eastern and Northern European, Irish-language) that the other lists lack, as
data. The lexicon counts them as ambiguous first names (like "Will" or "Roos"): a name alone only
where the sentence makes it a person, since these lists were filtered against fewer word lists
than the names of the countries the prompts come from.

Provenance: the `first_names*` tuples of Faker 40.63.0 (MIT licence, (c) 2012 Daniele Faraglia),
faker/providers/person/<locale>/__init__.py for the locales
en_KE, en_NG, en_PK, ha_NG, ig_NG, yo_NG, zu_ZA, tw_GH, sw, ja_JP, zh_CN, zh_TW, vi_VN, id_ID,
en_TH, es_MX, es_CO, es_AR, es_CL, fr_QC, fr_DZ, ga_IE, ro_RO, hu_HU, cs_CZ, sk_SK, sl_SI,
hr_HR, lv_LV, lt_LT, et_EE, sv_SE, no_NO, da_DK, fi_FI, az_AZ, uz_UZ,
filtered and copied once, offline, by tools/regen_more_first_names.py --world (which says how).

"""

from __future__ import annotations

FIRST_NAMES = frozenset(
    """
    Aaban Aada Aafiya Aahil Aalee Aalim Aanuoluwapo Aapo Aaqil Aarne Aaro Aaryan Aashif Aashir
    Aatif Aatos Aaus Aayan Abayomi Abbos Abdelatif Abderaouf Abdihakim Abdu Abduaziz Abduboriy
    Abdulhamid Abdulloh Abdumalik Abdurahmon Abdón Abebi Abednego Abeiku Abelardo Abelone Abeni
    Abigaili Abina Abiodun Abiona Abner Abosede Abror Abubakr Abyasa Adaeze Adebiyi Adebowale
    Adebukola Adedayo Adedeji Adekitan Adekola Adelin Adenike Adeniyi Adeolu Adeoti Adepeju
    Aderopo Adesewa Adeshina Adesoji Adesua Adetayo Adetoke Adetoun Adeyi Adhiarja Adhra Adia
    Adiarja Adiela Adigun Adika Adikara Adilə Adimu Adinata Adomas Adrienn Adrija Adrijana
    Adriána Adunni Adéla Aedin Afaq Afil Afiq Afolarin Afruza Aftin Afət Aggrey Agne Agnesa
    Agnete Agnos Agnė Agostina Agripina Agris Agus Agustin Agáta Ahti Aidə Aiga Aigars Aija
    Aijuka Ailbhe Aili Ailish Aimo Aina Aino Ainārs Airi Aishling Aistis Aisyah Aivar Aivaras
    Aivars Ajala Ajda Ajeng Ajiman Ajimat Ajimin Ajiono Ajoke Akanmu Akarsana Akemi Aki Akifə
    Akinkunmi Akinlabi Akmal Akobir Akos Aksel Akseli Akumaa Akwasi Akwesi Alade Aladin Aladino
    Alambana Alamiro Alamu Albeiro Alberts Albín Albína Alcira Aldair Aldemar Aldis Aldonza
    Alejandrina Aleksandras Aleksandrs Aleksanteri Aleksei Aleksi Alenka Aleodor Alexandr Alexe
    Alexi Aleš Alfonz Alfréd Alfrēds Algirdas Algot Alika Alin Alinur Alirio Aliro Alis Alistar
    Aliyu Aliyə Aljaž Aljoša Allahverdi Almasi Almaz Almendra Alojz Alojzia Alojzij Alojzija
    Alphonce Alvar Alve Alveiro Alvīne Alzina Alīda Alžbeta Alžběta Amada Amalija Amarachi
    Ambróz Amedeu Amelija Aminatu Amoke Amope Amza Amália Amālija Anahis Anahí Anaida Anamaria
    Anastázie Anatolie Anaís Ancizar Ancuța Andrada Andreea Andreja Andrejka Andrejs Andrešs
    Andrian Andrija Andris Andrius Andrus Andwele Anděla Anej Anemona Anete Anežka Angalia
    Angavu Anggabaya Anghel Anghelina Anikó Anișoara Anjolaoluwa Ankica Annah Annamária
    Annastacia Annemette Annica Anniina Annija Annikki Annukka Anoni Ansis Ansora Anssi Antanas
    Antero Antim Antoaneta Antonela Antonieta Antonija Antoniu Antons Antonín Antoņina Antra
    Antti Antun Antónia Anuța Anvar Anyelo Anyi Anđa Anđela Anže Aongus Apisara Apolena Aqil
    Aquiles Aracely Arbey Arezki Argemiro Argono Arham Ariela Arielė Arifə Arijus Arild Arinola
    Arisara Aristide Aristița Arley Armandas Armands Arminas Arnas Arnis Arnoldas Arnoldo
    Arnolds Arnošt Aronas Arpád Arsenie Arsipatra Artanto Artawan Artemisa Artis Arto Arttu
    Artturi Arturs Artūras Artūrs Arusi Arvo Arvydas Arvīds Arūnas Asake Asali Asani Asanti
    Asatira Asbjørn Asger Asila Asilbek Asilə Asirwada Asirwanda Asko Aslijan Asmadi Asman
    Asmianto Asmini Asmira Asmuni Assar Assumpta Asuka Aswani Asəf Atabala Atamoğlan Atena Atfat
    Atheel Athuman Athumani Atiena Atinuke Atit Atma Atmaja Atsushi Attaf Attracta Audrius
    Augustas Augusts Augustín Aukusti Aulikki Aulis Aunyaporn Aurelian Aureliana Aurelija Aurica
    Aurică Aurimas Aurélia Aurėja Ausma Austine Austra Aušra Aušrinė Avelino Averil Avgust Avram
    Awamiri Awan Awero Awesi Awlya Awrad Axenia Axinte Aybəniz Ayelén Aygül Aygün Ayinde Ayinke
    Aynurə Ayodeji Ayodele Ayoka Aysar Aytəkin Aytən Ayçiçək Azeeb Azər Aída Ağahadi Ağamalı
    Ağamusa Ağasəfa Ağaxan Ağca Baaba Baahir Baaizeed Baaqee Babasola Babatunji Babawale Baber
    Badawi Bagas Bagiya Bagus Bagya Baha Bahaa Bahadır Bahari Bahuraksa Bahuwarna Bahuwirya
    Baiba Bairbel Bairbre Bairon Bajragin Bakda Bakiadi Bakianto Bakidin Bakijan Bakiman Bakiono
    Bakti Baktiadi Baktianto Baktiono Balamantri Balangga Balapati Balaxanım Balidin Balijan
    Balinda Baltazar Bambang Banara Banawa Banawi Bancar Bandile Baqar Baqir Barbro Barica
    Barnabás Bartholomew Bartley Bartolomej Bartolomeu Basarab Basem Bashar Basharat Basheer
    Basim Basir Bassam Bastián Bayron Bazam Bedřich Behruz Belarmino Belisario Belo Benas Bence
    Bendegúz Benedek Benedicto Beniamin Benjámin Benone Benta Berezat Bernadett Bertalan Beshte
    Betania Beáta Beňadik Bhekani Bhekisisa Bhekizizwe Bhekokwakhe Bibisora Bibiána Bibuwa Bilha
    Bilkisu Bilol Birousk Biruta Biserka Bjørg Bladimir Blahoslav Blanduzia Blathnaid Blaž
    Blažena Bobur Boel Bogdana Boglárka Bogomir Bohdan Bohdana Bohumil Bohumila Bohumír Bohuslav
    Bohuslava Bohuš Bolatito Boleslav Boluwatife Boma Bonface Bonifác Borbála Borris Borut
    Botond Bořivoj Boštjan Božena Božica Božidara Božo Bramwel Branislava Braulio Bravin Breeda
    Breege Breffni Brencis Brendah Bridgit Bridie Brien Briget Brighid Brilyant Brona Bronislava
    Bronwen Bror Broņislava Brândușa Brăduț Bucur Budi Bunmi Busara Busisiwe Bystrík Béla Börje
    Bøje Børge Bănel Bērends Bērtulis Břetislav Bəhlul Bəhram Bəhruz Bəkir Bənövşə Bəşir Bảo
    Cabbar Cagak Cahan Cahangir Cahya Cahyadi Cahyanto Cahyo Cahyono Cait Caius Cajsa
    Cakrabirawa Cakrabuana Cakrajiya Cakrawala Cakrawangsa Calvince Candra Candrakanta Canice
    Cantemir Caraka Carita Carmenza Carolyne Carren Carub Casian Casiana Catheriona Cathrine
    Cathriona Catinca Catrine Catrinel Catur Caturangga Cavad Cavid Cawisadi Cawisono Cawuk
    Cayadi Cazimir Cecelia Cecep Cecilie Cecilija Cedrin Celene Celinda Cemani Cemeti Cemplunk
    Cengkal Cengkir Centrine Cerasela Ceyhunə Ceyla Ceyran Cezar Cezara Chaifah Chaiwut Chamali
    Chanez Changaz Chanikan Chaniya Chanya Chao Charlesh Charlott Charos Chashida Chausiki
    Chawin Chawish Chayanin Chayapat Cheragh Cheusi Chiamaka Chibuzo Chidimma Chigozie Chijioke
    Chinedu Chinelo Chinyere Chipukizi Chiraz Chiyo Chizoba Christabel Christer Christofer Chuki
    Chukwudi Chukwuemeka Châu Ciaobella Cinthya Ciprian Cipriana Ciril Cirkeline Citlali Claudiu
    Clavs Clemencia Cleophas Clodomiro Clorinda Codin Codrin Codrina Codruț Codruța Coleman
    Colins Collince Colman Colomba Conan Concepta Conleth Connell Consolata Constantino
    Constanța Coralia Cormack Corneliu Corvin Cosmin Cosmina Costache Costel Costin Coşqun
    Crenguța Crin Crina Cristhian Cristhofer Cristián Cristobal Cristofer Cristofor Cristopher
    Csilla Csongor Ctibor Ctirad Cvetka Cyprián Cümşüd Călin Cătălin Cătălina Cəlal Cəlil Cəmalə
    Cəmil Cəmilə Daanish Daanyaal Daawood Dabbah Dacian Daciana Dacin Dadap Dadi Dagel Daghfal
    Dagny Dagoberto Dahiana Daiana Daiga Daina Dainess Dainis Dainius Dairo Daiyaan Daler Dalili
    Dalima Daliman Dalimin Daliono Dalmas Dameer Damife Damijan Damjana Damu Danang Dancan
    Dancun Danielius Daniels Daniswara Danitza Danna Danson Danuja Danuše Daragh Daren Dariana
    Dariati Darija Darijan Darimin Darina Darmaji Darman Darmana Darmanto Darran Darsirah
    Dartono Daru Daruna Dary Daryani Dastageer Daudi Davnet Davor Davorin Dayana Dayyaan
    Deborrah Decebal Deiby Deicy Deidre Deisy Deividas Delfín Demetra Demilade Denisse Dereck
    Derick Derly Dermott Derval Dervilla Despina Deyanira Dezider Dezső Diah Dianah Diann
    Diarmaid Dickson Didina Digdaya Dilarə Dilavər Dildora Dilnoz Dilnur Dilşad Dimaz Dimitrina
    Dinda Dionýz Dipa Dirja Dismas Diyor Diyora Diána Diāna Dobromila Dobroslav Dobroslava
    Dochia Doina Dolphine Domagoj Domantas Domas Domen Dominika Dominyka Dominykas Domnica
    Donagh Donatas Doniyor Donnacha Donncha Dono Donough Doralisa Dorcus Dorel Doriana Dorin
    Dorinel Dorli Doroteja Dorottya Dorte Doru Dovilė Dovud Dovydas Doyinsola Draga Dragoș
    Dragutin Drahomír Drahomíra Drahoslav Drahoslava Drajat Dražen Dubán Ducu Duje Dulce
    Dumisani Dumisile Dumitra Dumitrana Dumitru Dunyo Durab Durdona Durna Durodola Duván Duyên
    Dušanka Dwi Dympna Dzidra Dzintars Dzintra Dániel Dáša Dénes Dóra Dönməz Dünya Dünyamalı
    Dürdanə Dürnisə Dārta Dāvis Dũng Eanna Eavan Ebuka Ecaterina Eddah Edel Eder Edgaras Edgars
    Edier Edilberto Edilma Edilson Edinah Edinson Edisson Edmunds Eduar Eduards Edvardas Edvinas
    Edvīns Edwar Edīte Eelis Eemeli Eemil Eerik Eero Eesaa Eetu Eeva Efrain Efrén Eftimia
    Egidijus Egil Egils Eglė Ehan Eidvilė Eija Eijaz Eila Eimantas Einari Einer Eino Eirik
    Eithan Eithne Eivind Eivor Ejaz Ekene Eko Ekow Ekundayo Ekundu Elaf Elariz Elcira Elcy Eldar
    Eldəniz Eleazar Elemér Eleodoro Eleonóra Elgün Eliabeth Eliakimu Eliecer Eliisa Elisabeta
    Elisaveta Elita Eliud Elizabeta Elizabete Eliáš Eliška Elkana Elkin Elman Elmeri Elmidar
    Elmir Elmārs Elməddin Elna Elnarə Elnurə Elof Elosy Elphas Elsebeth Elsevər Elsy Elturan
    Eluh Elvina Elvíra Elvīra Elxan Elçin Elīna Elşad Elşən Emanoil Emanuil Embuh Emeka Emilce
    Emilis Emilse Emiro Emmaculate Emmah Emong Empluk Emīlija Emīls Enar Endah Endra Endre Engla
    Enikő Eniola Enith Enock Enrika Enriqueta Ensio Enteng Ephantus Erastus Eremia Erikas Erkki
    Erland Erling Ermanis Ernestas Ernests Ernő Ervín Esben Esi Esko Esmarelda Esmira Esneider
    Esparta Espartaco Essi Estefany Estera Esteri Estiawan Estiono Estiven Esupofo Eszter Etela
    Ethna Ethne Etibar Etiqad Etizaaz Eufrosina Eugine Eugénia Eulogio Eulália Eunika Eusebiu
    Eustațiu Evald Evaldas Evalyne Evance Evanghelina Eveliina Evelio Evelína Everlyne Evija
    Ewatomi Exequiel Eydan Eyyub Facundo Fadekemi Faderera Fahari Fahmi Faiq Faizah Familə
    Fanaka Fanni Faraja Farangiz Farhod Farhunnisa Farijika Fariz Fariza Farzona Fathonah Fatihə
    Fatimə Fatteh Fatuma Faustas Fazil Febi Fehintola Feisal Feliks Felista Felister Felistus
    Feriel Ferney Feruza Festus Fiachra Fibikemi Fidelma Fiifi Fikayomi Fikrət Filofteia
    Filoména Fimar Finbarr Finian Finola Fiodor Fionan Fionna Fionnula Firdavs Firdovsi Firudin
    Firuzə Firəngiz Fitria Fitriani Fizzə Flannan Flaviu Floare Floarea Florența Floriana
    Florica Floridor Florián Fodil Folashade Folu Fotima Franchesca Franci Francia Francisc
    Frankline František Františka Frančišek Frede Frederikke Fredric Fredrick Freja Fresia
    Fricis Fridah Fridrich Frode Froilán Frusina Fuzayl Füzuli Fəhmin Fərahim Fərda Fərhad Fərid
    Fəridə Fərman Fərqanə Fərrux Fəxri Fəxriyyə Fəxrəddin Fəyyaz Fəzail Gabrielius Gadang Gading
    Gaduh Gaida Gaiman Galak Galang Galar Galih Galiono Galuh Galur Galvarino Gaman Gamani
    Gamanto Gambira Gamblang Gambo Ganda Gandewa Gandi Ganep Gangsa Gangsar Ganjaran Gantar Gara
    Garan Garang Garda Garech Garreth Garvan Gasti Gatis Gatot Gatra Gavan Gawati Gbadebo
    Gbolahan Gbowoade Geanina Gearoid Gediminas Gedion Geir Gejza Gelu Genovefa Genta Gențiana
    Geofrey Georgel Georgeta Georgiana Geovanny Gergely Gergő Gertrúda Gesare Gethera Getrude
    Ghaalib Ghaazi Ghaffaar Ghaith Ghalib Ghaliyati Ghanem Ghani Ghawth Ghazalan Ghazanfar
    Ghazanfer Ghazawan Ghenadie Gheorghe Gheorghiță Gherghina Ghilas Ghiyaath Ghiyath Ghiță
    Ghufran Ghulaam Ghulam Ghusharib Ghusun Gianina Gicu Gică Giedrius Giedrė Gifty Gilang
    Gildardo Gilma Gintarė Giorgian Giorgiana Gisselle Gizela Gladis Goda Godfrey Godwin Gorazd
    Gordan Gorm Gottfrid Grania Grațian Grațiana Grațiela Grega Greger Gretta Gricelda Grigore
    Gro Gréta Grēta Gugu Gugulethu Guillermina Guiying Gulab Gulfaam Gulzar Gumercindo Gunborg
    Gundhild Guney Gunilla Gunita Gunta Guntars Guntis Gunvor Gunārs Gurli Gustas Gustáv Gusztáv
    Gwendolen Gyda Gytis Gytė Gyöngyi Györgyi Győző Gábor Géza Göran Gösta Göte Gülarə Gülbala
    Güllər Gülmira Gülnar Gülnarə Gülnaz Gülnur Gültac Gültəkin Gülxar Gülzar Gülçin Gülçöhrə
    Gülüstan Gülüş Gülşən Gülər Günay Gündüz Gəray Habibu Habil Hacıbəy Hadicha Hadija Hadithi
    Hadiza Hadjer Hafiz Hafsat Hafshah Haiba Hairyanto Hajnalka Halid Halisi Hamima Hamis Hampus
    Hanako Hania Hanja Hannabel Hannele Hannu Hanora Hanss Haralamb Haralambie Hardana Hari
    Harijs Harimurti Harja Harjasa Harjaya Harjo Harnail Harol Harsana Harsanto Harsaya Hartaka
    Hartana Harto Haruka Haruna Hashiki Hasim Hasta Hatima Hauwa Hawehindi Hazeem Hedvig Hedviga
    Hedvika Hege Heikki Hekima Helan Heli Helinä Hellevi Helvi Helén Helēna Hendra Henrikki
    Henriks Heracleea Heraldo Herdis Hermanis Hermanni Hermelinda Herminda Hermína Herney Heru
    Heryanto Hesbon Hesti Heydər Hezron Hideki Hikmət Hildah Hilding Hilkka Hillevi Himawan
    Hiroshi Hjalte Hjördis Hodari Homero Honora Horațiu Horea Horia Hortenzia Horymír Houcine
    Hrvoje Humaira Humaiya Humayra Humoyun Hunor Hynek Håkan Håkon Håvard Hökümə Hümbət Hüseyn
    Hüseynqulu Hüsniyyə Hưng Hương Həci Həcər Həmid Həsən Həsənağa Həzi Hồng Iacob Iancu Ianis
    Iasmina Ibaad Ibeth Ibidapo Ibironke Ibolya Ibraheem Ibrani Ibrohim Ibun Icha Idrees Ieremia
    Iesa Ieva Ifeanyi Ifechukwu Ifeoma Ifora Iftikhar Ifunanya Ignác Ignė Igors Ihtesham
    Ihtishaam Ihtsham Iida Iiris Iisakki Ikenna Ikeoluwa Ikhlaas Ikhsan Ikraam Ikramah Ikrimah
    Ilari Ilarie Ilarion Ildikó Ilga Ilie Ilinca Ilkka Ilmari Ilmārs Ilyes Imants Imene Imona
    Imron Indrek Indriķis Indrė Inese Ineta Ingalill Ingegerd Ingegärd Ingela Ingelise Ingrida
    Ingrīda Inguna Inioluwa Inkeri Inocențiu Inta Ināra Ioan Ioana Ioanina Ionel Ionela Ionelia
    Ionică Ionuț Iosefina Iosif Iretioluwa Iriana Iridenta Irine Irinel Irja Irmantas Irmeli
    Irnanto Irsad Irwan Irén Irēna Isaack Isac Isack Isaya Iseoluwa Isfandiyor Ishola Islom Ismo
    Ismoil Isolina Itanya Ituri Itzel Iulia Iulian Iuliana Iuliu Iurie Iustin Iustina Iustinian
    Ivars Iver Iveta Ivka Ivona Ivone Iyabode Iyadunni Iymona Izaaz Izabela Izabelė Izidor Iztok
    Iñaki Iľja Jaakko Jaana Jabal Jabbaar Jabulani Jackline Jader Jadranka Jaeman Jaffer Jaga
    Jagapati Jagaraga Jahangir Jahanzeb Jahi Jahiz Jahm Jahongir Jaider Jaiman Jairus Jais Jaka
    Jakobs Jakov Jalees Jalia Jalmari Jalol Jalə Jamalia Jamshid Janeta Janeth Janez Jangwa
    Janja Janneth Jarkko Jarleth Jarolím Jaromír Jaromíra Jaroslava Jaruwan Jarwa Jarwadi Jarwi
    Jasiri Jasmani Jasminka Jasna Jasur Jaswadi Jatmiko Javohir Jayadi Jayeng Jazmín Jeana
    Jecinta Jedidah Jeferson Jefri Jeison Jeisson Jekaterina Jemimah Jenel Jeniffer Jenipher
    Jenniffer Jenő Jepkemoi Jere Jerguš Jerica Jermiah Jernej Jerneja Jerson Jevgeni Jezups Jhan
    Jhoan Jhoana Jhonatan Jhony Jina Jinawi Jindřich Jindřiška Jinjuta Jitrin Jiřina Jiří Joacim
    Joash Johana Johans Johnstone Joko Jokūbas Jolana Jolán Jono Jonás Jonáš Joojo Joona Joonas
    Joonatan Jorma Jorunn Jorūnė Josefiina Josefin Joselyn Josephat Josipa Joso Josphat Josphine
    Jouko Jouni Joyline Jozefína Jozo Joško Jožef Jožefa Jožica Judita Juha Juhana Juhani Juho
    Jukka Julieth Julija Jumaane Jumadi Jumari Juozas Juraj Jure Jurgita Juris Jussi Justas
    Justinas Justiniani Justo Justína Juulia Juuso Juwon Jyrki János Jázmin József Jørgen Július
    Jüri Jānis Jāzeps Jēkabs Jēkaubs Jūla Jūle Jūlija Jūlijs Kaarina Kaarlo Kaashif Kaazim
    Kacung Kada Kafeel Kahina Kaija Kairav Kaisa Kajen Kajji Kajsa Kajus Kalbi Kalervo Kalevi
    Kalim Kaluwa Kamaria Kambali Kamidin Kamilə Kamolchanok Kamron Kanda Kani Kania Kaombwe
    Kaori Karama Kardi Karimah Kariman Karja Karlīna Karman Karna Karoliina Karolis Karolína
    Karsa Karsana Karta Kartika Karya Kashan Kashangaki Kasiran Kasiyah Kaskazi Kaspars Kasusra
    Kata Katalina Katariina Katarína Katarīna Katcha Katerine Kateřina Katherin Katherinne
    Katica Katri Katriina Katrine Katriona Katrīna Kauko Kauthar Kawaca Kawaya Kawkab Kawthar
    Kayun Kazi Kazimír Kazuya Kazım Keijo Keji Keld Kelechi Kemba Kemuma Kemunto Kenari Kenedy
    Kenes Keneth Kenichi Kennet Kenth Kenyangi Kerttu Keyaan Kezia Khaalid Khaan Khadidja
    Khamani Khanyisile Khoa Kiah Kiandra Kiapo Kiaran Kibafupia Kibibi Kiburi Kiernan Kieron
    Kifayət Kijana Kijani Kikelomo Kimbilio Kimmo Kimya Kinaya Kinubi Kiojah Kipenzi Kipepeo
    Kipras Kisima Kitti Kiume Kiwara Kjersti Kjetil Klaudie Klavdija Klavs Klemen Klement
    Kliment Klára Kodchaporn Kojo Kolawole Koloman Konradi Konradus Konštantín Korede Kornelija
    Kornél Kornélia Kosisochukwu Kotryna Kristaps Krister Kristers Kristiina Kristián Kristiāna
    Kristjan Kristofer Kristoffer Krists Kristupas Kristína Kristóf Kristýna Krisztina Krisztián
    Krisztofer Krišjānis Krišs Kryštof Ksenija Kuchanua Kujoe Kullervo Kulnun Kumiko Kumush
    Kunaporn Kuncara Kunthara Kurnia Kurunzi Kusiima Kustaa Kusuma Kvetoslav Kvetoslava Květa
    Květoslava Kwamena Kweku Kweli Kwesi Kyllikki Kyosuke Kálmán Károly Kåre Könül Kövsər Kārlis
    Kęstutis Kəmalə Kəmaləddin Kənan Kəramət Kərim Labib Labuh Ladislau Ladislav Ladislava Laeeq
    Lailati Laimonis Laini Laiq Laith Laksana Lalə Laləzar Lameck Lamiyə Lanang Langalibalele
    Langgeng Lanjar Lantar Laqeet Laras Lascăr Lasmanto Lasmono Lassi Laswi Lateef Latika
    Laurenția Laurențiu Lauris Laurita Laurits Laurynas Laus Laust Lautaro Lavīze Lawrencia
    Laylo Laziz Lazăr Lazım Laçın Leevi Lega Legawa Leider Lelia Lembah Lenah Lennarth Leontin
    Leontīne Leordean Leoš Lere Lesana Lesia Leticija Letiția Levente Levoslav Leydi Leónidas
    Libardo Libia Libor Libuša Libuše Liceth Lică Ligita Liisa Lilijana Lilita Liljana Lillemor
    Limar Linah Linas Lindah Linnéa Lintang Lioara Lisbet Liselott Liseth Lissette Liviu Lizete
    Lizeth Ljubov Loice Loke Londisizwe Londiwe Loreto Loretto Lorine Loui Lovis Lovisa Lovre
    Lovro Lubomír Luboš Lucențiu Lucija Lucrecia Lucreția Lucrețiu Ludvig Ludvik Ludvík Luděk
    Luhung Luisana Lujza Lukita Lukman Lukáš Luluh Lulut Luminița Lumír Lungile Lurhur Lutfan
    Luthfi Luwar Luwes Luyanda Luzmira Lwandile Lydiah Lykke Lærke Lía Lütfiyyə Lýdia Lýdie
    Lăcrămioara Lėja Lība Līga Līna Līza Lūcija Ləman Lətafət Lətif Lətifə Maahir Maajid Maaria
    Maarit Maaya Maaz Maazin Mabad Madaha Madini Madoa Madyan Maftuna Magaly Magdaline Magdaléna
    Magne Mahali Mahaz Mahboob Mahdee Mahdy Mahesa Mahfooz Mahfud Mahirə Mahizər Mahja Mahulena
    Maicol Maie Maighread Maija Maiken Maikol Maimuna Maimunah Mairin Maisha Maisə Majani Majdi
    Majdy Majken Majvor Makara Makarena Makeen Makini Maksimiljan Makunga Makuta Makuu Maliza
    Malthe Malvína Mamun Manabu Manaf Manah Manca Mandla Mandlakhe Mantas Mantė Maqsud Marcell
    Marcheta Marcu Mareks Marese Margana Margaréta Margoth Margus Mariadi Mariann Maricel
    Maricica Mariela Mariluz Marinela Marioara Marisel Marjaana Marjanca Marjani Marjatta
    Marjeta Marjona Marjukka Marjut Markas Marketta Markku Markéta Marleny Marlén Marsito
    Marsudi Martaka Martana Martani Martta Martti Martynas Maruša Marwata Maryann Maryanto
    Marína Massiel Massinissa Matei Matevž Matic Matija Matjaž Mato Matouš Matunda Matyáš Matúš
    Matěj Matīss Mauno Mavuno Maximilián Maxwel Mayerly Maykol Maša Maža Mcebisi Medėja Meelis
    Mehbarə Mehdiqulu Mehin Mehman Mehrimoh Meja Melker Melvine Melánia Mercyline Merete Merethe
    Merike Merja Mervi Meshack Metka Metod Metrine Meyransa Miceal Michala Miglė Miha Mihael
    Mihai Mihail Mihels Mihhail Mihkel Mihnea Mihály Miia Miika Mikako Mikayıl Mikels Mikkel
    Mikko Mikuláš Milada Milcah Milda Milkah Millaray Miloslav Miloslava Milovan Miluše Milán
    Mimmi Mindaugas Minenhle Minodora Minoru Minurə Mioara Mirabela Mircea Mirdza Mireya Mirjami
    Mirona Mironshoh Miroslava Mirriam Mirtha Miruna Mirzə Mirəli Misael Mislav Misuli Mitchelle
    Mitică Mitruț Mituru Mizhir Miķelis Mkarkara Mnqobi Modris Modupe Mofifoluwa Mogens Mohamedi
    Mohinur Mohlaroyim Mojca Mojisola Mojisoluwa Mojmír Momoko Monalisa Monicah Monserrat
    Moradeke Morayo Morenike Morine Morolake Mosinmileoluwa Mosunmola Motunrayo Mouloud Moureen
    Mourine Moyosore Mrihani Mthokozisi Mubina Mugur Mugurel Muhallil Muhammadali Muhammadamin
    Muhammadamir Muhammadayub Muhammadaziz Muhammadrizo Muhammadsafo Muhammadsodiq Muhammadsolih
    Muhammadumar Muhammadyasin Muhammadyusuf Muhammadziyo Muhazzim Muhima Muhsina Muireann
    Muizza Mujur Mulele Mulya Mulyanto Mulyono Mumpuni Mumtoz Muni Munisa Murod Mursalina
    Mursinin Mursita Murti Musfira Mushtariy Muslima Mustafo Mustika Muxlisa Muxtar Muzayyana
    Muzdahir Muzdalifa Muzhir Mwamini Mwanajuma Mwanamisi Mwasaa Mwezi Mzamo Mária Márk Márta
    Mátyás Märta Märtha Måns Mårten Mía Mónika Mübariz Mülayim Mümtaz Müntəzir Münəvvər Mürsəl
    Müslüm Müzəffər Müşkünaz Māra Māris Mārtiņš Mārīte Mădălin Mădălina Mălina Mărioara Măriuca
    Mədinə Məhru Məhəmməd Məhərrəm Məlahət Məleykə Məmməd Mənsur Mənsurə Məryəm Mərziyyə Məsmə
    Mətanət Naadir Naajy Naasih Naasir Naathim Naazhim Nabeeh Nabhan Nabigh Nadežda Nadhir Nadr
    Naděžda Nafasat Nafees Nafesa Nafis Naglis Nahashon Nahiara Nahidə Nahuel Naib Naibə Nailə
    Naimh Najair Najuma Naki Nakif Nalar Namiq Nanami Nanə Naoki Naoko Naom Naoto Naradi Narcis
    Nardi Narimane Narji Narıngül Nasab Nashipie Nasiru Nasrullah Nastja Natașa Natella Nathari
    Natiq Nattawun Natálie Natālija Natəvan Nayaret Nayareth Nayfa Nayibe Nazilə Nazimə Nazir
    Nağı Ndumiso Neasa Nechifor Nedas Nedjma Neema Neftalí Neider Neja Nejc Nelah Nelcy Nelsy
    Nelu Nerijus Neringa Neža Ngamia Ngeni Ngozi Ngọc Nhiên Nial Niara Nibaldo Nicat Nichakarn
    Nichifor Nicholus Nicklas Nickson Nicoară Nicodim Nicolae Nicolaie Nicoleta Niculina
    Niculiță Nicușor Nicuță Nigar Nigesa Niilo Niina Nikol Nikolajs Nikolett Nikoletta Niks
    Nikša Nilam Nilson Nilufar Nimakoah Ninioluwa Ninoska Niracha Nisə Niyaga Niyaz Niyilolawa
    Njabulo Njozi Nkazimulo Nkiruka Nnamdi Nneka Nobantu Nobuhle Noeleen Noeline Nohora Noirin
    Nojus Nokulunga Nolberto Noleen Nollaig Nomagugu Nomalanga Nomasonto Nomathalente Nomathemba
    Nomcebo Nomthandazo Nomusa Nomvula Nonhlanhla Nonjabulo Nonso Noora Noppakao Norbey Norica
    Normunds Nothando Novruz Noxolo Nozibusiso Nozima Nozizwe Nqobizitha Nrima Ntimi Nugraha
    Nuhu Nula Nuranə Nuriat Nuriya Nurlan Nurlana Nurmuhammad Nuru Nurul Nurulla Nury Nurşən
    Nutcha Nutkrita Nutwadee Nuşirəvan Nuša Nwabudike Nyana Nyasi Nyoka Nyoman Nyoni Nyota Nyuki
    Nándor Nóra Növrəstə Nübar Nürəddin Nüsrət Nüşabə Nəcəf Nəfisə Nərgiz Nəriman Nərmin Nərminə
    Nəsib Nəsimi Nəzakət Nəzrin Oana Obaid Obianuju Obinna Octav Octaviana Octaviu Odeline
    Ofeliya Ogechi Ogooluwa Oiva Okechukwu Oladare Oladimeji Olajumoke Olakunle Olanrewaju
    Olansile Olasunmbo Olavi Oldrich Oldřich Olimpian Olimpiu Olivija Oliviu Olivér Oliwer Olli
    Ololade Olov Oluchi Olufunke Olufunmilayo Olumorotimi Oluwafemi Oluwagbemiga Oluwakemi
    Oluwamumibori Oluwamuyiwa Oluwasanmi Oluwasegun Oluwole Olwen Olwethu Omina Omobobola
    Omobolanle Omodunni Omolabake Omolara Omosalewa Omotara Omotayo Omotola Omotoun Omowumi
    Ondrej Ondřej Onesmus Onni Onyinye Opung Opwonya Oqtay Orduxan Oreofe Orestas Orfelina Orna
    Orsolya Ortansa Orvokki Orxan Osamu Osiyo Oskari Oskars Oskár Osmo Osogo Ossi Ossian
    Osunleke Osvald Osvalds Oswaldo Otabek Otakar Ottó Otília Otýlie Otīlija Ouanes Outi Ove
    Ovidiu Owethu Oyenike Oyindasola Oysha Ozana Ozioma Oļģerts Oľga Paavo Pabla Pachongruk
    Padma Padmi Padraigh Paiman Pakizə Pakjira Palle Pambe Pamfil Panagachie Panait Panca Pandu
    Panji Pankrác Pannawich Panya Paramita Paraschiva Pardi Parin Parman Parvez Pasi Paskalia
    Patchaploy Patcharaporn Patricie Patricija Pattamon Pattapon Pattatomporn Paulica Pauliina
    Paulius Pauls Paulína Paulīna Pavao Pavla Pavlína Peader Peder Peem Peeter Pekka Pelaji
    Penina Peninah Pentti Peris Perkasa Pero Pertti Pervaiz Petrana Petras Petre Petrică
    Petrișor Petronela Petronila Petru Petruț Petruța Petteri Phanice Phelim Phelix Phenphitcha
    Philis Phineas Phubes Phylis Phúc Piia Pijus Pintusorn Piret Pirjo Pirkko Pitipat Pleșu
    Polad Polona Polonca Pompilia Pompiliu Pornchanok Povilas Praba Prabawa Prabu Prakosa Prames
    Pranata Pranawa Pravoslav Prayitna Prayogo Preben Priit Priscah Priscillah Profira Puji
    Puntira Puput Purwa Purwadi Purwanto Puspa Putu Päivi Päivikki Pär Pål Pünhan Pătru Pēteris
    Přemysl Pəri Pərişan Pərvanə Pərvin Pərvinə Pərviz Qaadir Qadir Qalib Qamar Qani Qanit
    Qaratel Qareeb Qasid Qasım Qatadah Qawee Qays Qiyas Qori Qoşqar Qudamah Quddoos Qudoos
    Quinter Qulam Qulu Qumru Qurban Qutb Qutub Qönçə Qüdrət Qızbəs Qədir Qələndər Qənirə
    Qəzənfər Raahil Raamis Raamiz Rabbaanee Rabecca Rabi Rabit Racheal Radek Radeke Radhee
    Radika Radim Radit Raditya Radka Radomír Radoslav Radoslava Radovan Radovana Radu Radvilė
    Radúz Raees Rafan Rafaél Rafee Rafeeq Rafid Rafila Ragheb Raghib Ragner Rahab Raharja Rahat
    Raheem Rahmat Rahmi Raifə Raihan Raija Raili Raimonds Raivis Raivo Raluca Ramid Ramil Ramilə
    Raminta Ramunė Ramūnas Rangga Rareș Rashidi Rasimə Rasma Rastislav Ratchanon Ratih Rauno
    Rayhona Rayyona Rayén Razi Raziyə Rebecka Rebeka Redmond Regitse Regitze Regína Regīna
    Rehema Reidun Reijo Reinel Reinis Reksa Relu Rendy Renáta Reshoni Respati Restu Reyhanə
    Richardt Richárd Rickard Rigmor Rigoberto Rihards Riikka Riina Riitta Rikard Riku Rimantė
    Risasi Risper Risto Ritt Ritva Riziki Rizki Rizvan Ričardas Ričards Robertas Robiya Rocio
    Rodah Rodica Rojus Rokas Roko Rolandas Rolands Romanița Romualdas Ronal Ronke Ronni Roope
    Roosa Rosaleen Rosamel Rosarie Roselyne Roslyn Rosman Rossa Rostislav Roxelana Rozalija
    Roziya Rozália Rubani Rubiela Rudecindo Rudīte Rugilė Ruhiu Ruhiyyə Ruhshona Ruhəngiz Rukia
    Rumaysa Rungo Ruqayya Ruqiya Ruqiyyə Ruslan Rusman Rusnė Rusul Rute Ruwaihim Ruxanda
    Ruxandra Ruxsarə Ruža Ružena Ružica Rym Ryma Ryohei Ryosuke Rytis Rytė Rza Réka Róbert Róza
    Rózsa Rövşanə Rövşən Röya Röyal Röyalə Rübabə Rübeyda Rüfət Răducu Răzvan Rūdolfs Rūta
    Růžena Rəfiqə Rəhilə Rəis Rəmziyyə Rəna Rəqsanə Rəsmiyyə Rəsul Rəxşəndə Rəşad Rəşid Saadat
    Saadiq Saaiq Saalih Saara Sabahat Sabar Sabari Sabbir Sabirə Sabína Sacidə Sadaka Sadao
    Sadiki Sadina Sadiq Sadıq Safiri Safta Sahibə Saiful Saim Sairah Sakari Sakura Salimah
    Salohiddin Salomea Salomey Salsabila Samama Samandar Samiah Samirə Samiya Samo Samsul Samu
    Samuli Samweli Sanda Sandi Sandile Sandis Sandu Sani Sanita Sanjar Sanni Santeri Saood
    Sarabi Sardor Sarmīte Sarunporn Sarvan Sarvar Sarvinoz Satomi Satya Saulius Saumu Saundra
    Sauti Saveta Sayalı Sayuri Saúl Sašo Scarleth Scarlette Sebastijan Sebastjan Segilola Seif
    Semenica Senan Seosamh Seppo Septi Serafín Sergey Sergiu Servác Sessa Setya Sevara Severín
    Sevinch Seye Seyfulla Seyfəddin Seymur Seyran Shadrack Shahina Shahnoza Shahriyor Shahzod
    Shahzoda Shakila Shamsuddeen Shani Shawana Sheamus Sheela Sheelagh Sheilah Sheilla Sheillah
    Shida Shinead Shohei Shohjahon Shohrux Shota Shukrona Sibonelo Sibongile Sibusisiwe Sibusiso
    Sidiq Sidiqə Sidónia Sifa Sigfrid Sigge Sigita Sigvard Sihawukele Siiri Sijuade Sile Sille
    Silondile Silviana Silvija Silviu Silvo Simas Simi Similoluwa Simina Simion Simisola Simo
    Simonas Simphiwe Simuzər Sindre Sinică Sinikka Siniša Sintija Siobain Sioban Siobhain
    Siphesihle Sirje Sirkka Sirpa Sisko Sissel Sitarə Sithembiso Sitiwat Sittikorn Siv Sivert
    Sixten Sixto Siyabonga Skaidrīte Skolastika Slamet Slavka Slavomír Slavomíra Slavěna Sláva
    Slávka Smaranda Smiltė Sneider Snježana Socorro Sofi Soleh Soliha Solvej Solvita Somadina
    Somtochukwu Sondre Sorana Sorawut Sorin Sorina Sotaro Sowande Soňa Speranța Sphiwe Srečko
    Staffan Stana Stanca Stanislava Stanka Stanko Staņislavs Steinar Stelian Steliana Stellah
    Stellan Steluța Stephene Stig Stiven Stojan Sture Subomi Suci Sumayya Sungara Supasit
    Supasita Sussanne Sussie Suvakit Suwijuk Suğra Svante Svatopluk Svatoslav Svein Svenning
    Svetozár Svätopluk Světlana Swala Syahrini Sylivia Synnøve Szabolcs Szilveszter Szilvia
    Szilárd Sára Sânziana Søren Sørine Søs Sübhan Sücəddin Südabə Sürəyya Səadət Səbinə Səbirə
    Səbuhi Sədaqət Səfurə Səfər Səhər Səidə Səlahəddin Səlim Səlimə Səma Səmayə Səməd Sənan
    Sənubər Səriyyə Sərxan Sərəncam Səxavət Taahaa Taahir Taalib Taamir Taariq Taban Tabish
    Tadas Tade Tadej Tadeja Tadeáš Tadhg Tahmeed Tahmid Tahoor Tahseen Taial Taina Taisir Taisto
    Taja Tajammal Tajudinn Tajus Takatifu Takuma Talıb Tamam Tamaşa Tambika Tamilla Taneli
    Tanimu Tantri Tapani Tapio Tarfaan Tari Tariyel Tarja Tarmo Taru Tarzícius Tasdik Taswir
    Taufan Taufik Tauno Tautvydas Tedi Teea Teemu Teetat Teguh Teija Teja Tejs Tellervo Telman
    Temidayo Temir Tenis Teodors Teodosia Teofil Teohari Teona Teresiah Terezija Terhi Terje
    Tero Terttu Teréz Terézia Teuvo Teymur Teymuraz Teymurçin Thabani Thabisa Thabisile Thabiti
    Thalente Thanatcha Thandazile Thandeka Thandiwe Thando Thembeka Thembekile Thembile
    Thembisile Thiare Thinhinane Thomás Thure Thuthukile Thành Thảo Tiberia Tiberiu Tichomír
    Tiia Tiina Tiit Tiiu Tilda Tilen Timbul Timotei Timotej Tincuța Tindra Tirdad Tirta
    Tirtayasa Tishk Titas Titilayo Titin Tivadar Tjaša Tobiáš Todor Todsawun Tofiq Toivo Toki
    Tokunbo Tolulope Toluwanimi Tomaž Tomi Tommi Tomo Tomori Tomoya Tomris Tomàs Tonje Toomas
    Topias Tora Torbjörn Torbjørn Torill Tova Tovuz Toğrul Traian Treacy Treasa Triin Trina
    Triona Troels Trīne Trọng Tsubasa Tudora Tudorița Tudosia Tuere Tufani Tugiman Tuija Tukufu
    Tulia Tulio Tunar Tunchanok Tunradee Tuomas Tuomo Tural Turanə Ture Turid Turlough Turxan
    Tuukka Tuula Tuuli Tuulia Tuulikki Tuva Tímea Tõnu Tùng Tükəzban Tünde Tünzalə Türkanə
    Təhminə Təranə Tərlan Uberlinda Uchenna Uchita Udeera Uffe Ugnė Ujunwa Uldis Ulduz Ulfat
    Ulrica Ulrika Ultan Ulya Umande Umay Umaya Umi Unggul Unjani Uolevi Urfan Uriel Urmas Uroš
    Urša Urška Uršuľa Usiku Usmon Vagn Vahidə Vaida Vaidas Vakarė Vakris Valary Valborg Valda
    Valdis Valeh Valentína Valentīna Valerija Valeriu Validə Valija Vallary Valter Valtteri
    Valér Valéria Varvara Vasarė Vasif Vasil Vasile Vasilica Vasilică Vasyl Vazeh Veera Veeti
    Vegard Veijo Veikko Vello Velma Velta Vendela Vendelín Vendula Venera Veniamin Venla Verneri
    Veronicah Vesa Veta Veysəl Vicenția Vicențiu Vidadi Vieroslava Viesturs Vigilija Viivi Vija
    Viktorie Viktorija Viktors Viktória Vilayət Vilde Vilgot Vilhelm Vilhelmiina Vilhelmina
    Vilho Viliam Vilis Vilius Viljami Viljem Viljo Villads Vilmer Vilmos Vilnis Viltė Vilém
    Viman Vincenc Vincențiu Vineta Vinsen Viorel Viorela Viorica Virman Virpi Visarion Visvaldis
    Vitalija Viveka Viļums Vjekoslav Vlad Vladimír Vladimíra Vladislav Vladislavs Vlaicu Vlasta
    Vlastimil Vlădelina Voichița Voicu Vojtech Vojtěch Voldemārs Vratislav Vratko Vuokko Vurğun
    Vusumuzi Vytautas Vytė Václav Vân Väinö Vít Vítězslav Víťazoslav Vüqar Vüsal Vüsalə Vėjūnė
    Věra Vəfa Vəfadar Vəli Waail Waceera Wadee Wafi Wafiq Wahb Wahban Waheed Wahhaab Wahyu
    Wakiman Wamwema Wani Wardaya Wardi Waridi Warsa Warsita Warta Waseme Wasin Wasis Wassaya
    Wawan Weddy Weena Weldon Wenceslao Wenche Wendolin Widya Wilber Wilfrido Wilman Winda Winni
    Wira Wirda Wisnu Wulan Wuraola Wycliff Xalid Xalidə Xaliq Xalisə Xaləddin Xamis Xanana
    Xankişi Xanlar Xanım Xatirə Xavər Xiulan Xiuying Xobeen Xolid Xosrov Xudaverdi Xudayar Xudu
    Xumar Xuân Xénia Xəlil Xəyal Xəyalə Xəyyam Yaaseen Yacine Yadira Yafi Yahyo Yakobo Yalçın
    Yamar Yameen Yamid Yamile Yamilet Yamən Yanara Yance Yanet Yaneth Yanina Yanira Yanisa
    Yaqeen Yaqoot Yaqub Yaritza Yasaar Yashem Yasina Yasinta Yasmín Yasna Yasuhiro Yasəf Yasəmən
    Yathrib Yavər Yawar Yazan Yazeed Yazmín Yecid Yeferson Yeganə Yeimy Yeison Yejide Yeni
    Yenifer Yenny Yeny Yeraz Yergha Yerko Yerson Yesica Yesid Yesoob Yessenia Yessi Yetunde
    Yewande Yina Yineth Yngve Yocelyn Yohana Yohane Yoichi Yoko Yolima Yonatan Yono Yordan
    Yoselin Yosuke Youba Youcef Yrjö Yudy Yui Yuli Yuliana Yulieth Yuly Yumiko Yuni Yunis Yunita
    Yurani Yurany Yureed Yuridia Yury Yusif Yuta Yəhya Yến Zabir Zablon Zaeem Zaenab Zafeer
    Zaharia Zahi Zahnya Zahro Zaib Zainabu Zaituni Zakariyo Zakayo Zakhele Zakir Zakiyaxon
    Zalindra Zalán Zamfir Zamfira Zamin Zamiq Zaraza Zarəngiz Zauqi Zaur Zaweel Zbyněk Zdenko
    Zdeněk Zdeňka Zdislava Zeferino Zehnia Zelma Zemfira Zende Zenia Zenobia Zenovia Zenzele
    Zenzile Zerdad Zewad Zeynal Zeynulla Zeynəb Zeynəgül Ziba Zibeydə Zibuyile Ziedonis Zigrīda
    Zikmund Zimran Zinhle Zinnura Zinət Zipporah Zlatica Zofija Zoila Zoja Zorka Zsanett
    Zsigmond Zsombor Zsuzsanna Zsófia Zuba Zubayr Zuhri Zulaikha Zulema Zulfa Zulma Zumaridi
    Zunilda Zuwena Zvonka Zvonko Zwatie Zöhrə Züleyxa Zülfiyyə Zümrüd Zəhra Zəkəriyyə Zəminə
    Zərdüşt Zərif Zərifə Zərnigar Ábel Ádám Ágnes Ákos Ánh Áron Árpád Åbjørn Åge Åke Åsa Åse
    Çimnaz Çinarə Çingiz Çiçək Éva Ëakumbu Ítalo Óliver Örjan Östen Øivind Øjvind Ørni Øvli
    Øystein Øyvind Ülfət Ülkər Ülle Ülvi Ülviyyə Ümid Üzeyir Ādams Ādolfs Ārija Ąžuolas Đuro
    Đurđica Ērika Ēriks Ēvalds Ģederts Ģirts İbiş İlahə İlham İlhamə İlkanə İlkin İlnarə İlqar
    İlqarə İlyas İmran İnarə İnayət İnqilab İntiqam İntizar İradə İsa İsgəndər İslam İsmayıl
    İsmət İsrafil İxtiyar İzzət Ľubica Ľubomír Ľubomíra Ľubor Ľuboslav Ľuboslava Ľuboš Ľudmila
    Ľudomil Ľudomila Ľudovít Şaban Şahlar Şahmar Şahnaz Şahvələd Şakir Şamil Şamxal Şirin Şirzad
    Şövkət Şükufə Şükür Şıxı Şəfa Şəfiqə Şəhla Şəhrəbanu Şəlalə Şəmsiyyə Şərafət Şərəfəddin
    Šarlota Šarūnas Šime Špela Štefanija Štefica Štefka Štefánia Štěpán Štěpánka Šárka Žan
    Žaneta Žanis Željka Željko Želmíra Žemyna Žiga Živa Živilė Žofia Žofie Žygimantas Əbdül
    Əcəbnaz Ədalət Ədibə Əflatun Əhliman Əhməd Əhəd Əjdər Əkbər Əkrəm Əli Əliş Əliəkrəm Ələkbər
    Ələsgər Əmin Əminə Əmir Əntiqə Ənvər Ərtoğrul Əsgər Əsmər Əyyub Əşrəf Șerban Ștefan Ștefana
    Ștefania
    """.split()
)
