"""First names of people of Turkish, Moroccan, Surinamese, Polish, Ukrainian and French origin
in the Netherlands that deduce's list and intl_first_names lack, as data.

Provenance: FAKER_NAMES are the `first_names*` tuples of Faker 40.63.0 (MIT licence, (c) 2012
Daniele Faraglia), faker/providers/person/{tr_TR,pl_PL,fr_FR}/__init__.py, copied once, offline:
single words of three letters or more that deduce_lists.first_names() and intl_first_names do
not hold, less every word that is an English dictionary word (english_words), a Dutch common
word, a name_words entry (NL_WORDS, EN_WORDS, NAME_WORDS, PRODUCTS, WORLD_PLACES, months) or a
Dutch place. HAND_NAMES are common names in Dutch spelling that none of those lists holds
("Kübra", "Dewkoemar", "Małgorzata"), added by hand. The lexicon treats all of them like
deduce's names.

Regenerate FAKER_NAMES: the Faker lists above, filtered as described, sorted, wrapped at 100.
"""

from __future__ import annotations

FAKER_NAMES = frozenset(
    """
    Abdiş Abdulbekir Abdulgazi Abdulmenaf Abdulsemet Abdülahat Abdülcemal Abdülhadi Abdülkerim
    Abdülsamed Abdürreşit Abiye Abuzar Acar Acarkan Aclan Adak Adal Adasal Adila Adlan Adviye
    Adélaïde Adıgün Afer Afife Ahat Ahter Akalan Akar Akatay Akay Akbaş Akboğa Akcivan Akdora
    Akdurmuş Akgöl Akgüneş Akise Akkerman Akmaner Akmaral Aksay Aksoy Aksöğüt Aktemür Akver Akyıldız
    Akçabay Akçasu Aköz Akınal Alaaddin Alabezek Alaeddin Alanalp Alattin Alaz Alcan Aleks
    Alexandrie Algış Aliabbas Aliihsan Aliseydi Alkor Almast Almus Alpcan Alpin Alpsü Alsoy Altoğan
    Altuğ Altınbike Altınkaya Altınçiçek Altınışın Alışık Amaç Amre Anargül Anastasie Anastazja
    Andiç Annak Apaydın Aral Arcan Argu Arifcan Arkadiusz Arkut Armahan Arnaude Arpağ Artan Aru
    Arziye Arıel Arıkol Arıpınar Arısoy Asalet Asiman Aslanhan Asliye Asu Asım Atagün Atanur
    Atasagun Atatöre Atgun Atilhan Atiyye Atnan Atılgan Aurore Avunç Avşin Ayasun Ayaydın Aybet
    Aybora Aycagül Aydar Aydinç Ayduru Aydınbey Aygutalp Aygönenç Aykutalp Aylil Aynilhayat Aynımah
    Aypar Aysema Aysevim Aysoy Aysuna Aytek Aytuna Aytöz Ayvas Ayyaruk Ayçan Ayülker Ayşan Ayşeana
    Azade Azettin Açıkel Açılay Ağakişi Ağbegim Ağmur Aşhan Aşir Badegül Bahaddin Bahittin Bahtinur
    Balatekin Balca Ballı Baltaş Banü Barak Barsen Bartek Barışcan Basriye Basım Baturay Batırhan
    Baydu Baykan Bayman Bayruhan Baytal Bayzettin Bağdat Bağdaş Başay Başhan Başok Bedi Bediriye
    Bedri Begim Behiza Behrem Bekbay Bektaşi Belgizar Belkize Bellisan Benek Bengibay Benol Beray
    Beriye Berkal Berki Berksay Berran Besey Besin Beyda Beyhatun Beyler Beyzade Bezek Bican Bidayet
    Bilay Bilender Bilgen Bilginur Bilgütay Bilkay Biltaş Binay Binbaşar Binışık Birben Birsan Bitül
    Bişar Borahan Borataş Borys Boynak Bozbağ Bozerk Boztaş Boğatimur Buhari Bulunç Burakhan
    Burcuhan Burç Buyrukhan Börteçin Büget Bünyamün Büreyre Büşranur Błażej Cabir Canberk Candeniz
    Canfeza Cangür Cannur Canseven Cansin Cantez Canur Capucine Cavit Cebesoy Cedide Celilay
    Cemalettin Cemiyle Cenan Cevale Cevheri Cezary Cezayir Cihandide Cindoruk Cuheyna Cuman Célina
    Cüneyit Dalan Dalkılıç Damlanur Danış Dayar Dağistan Deha Delil Demirbüken Demiriz Demirok
    Demiryürek Denizalp Denkel Derkay Deryanur Deviner Değer Değmeer Dilcan Dilder Dilfeza Dilhuş
    Dilsitan Dilşat Dincer Dinçkol Dinçsü Dirican Dirlik Dolun Dorukhan Doğanalp Doğannur Doğanşah
    Doğuhan Duracan Durdali Durgadin Durmuşali Dursadiye Duruk Duruöz Duyguhan Dölensoy Döner
    Dündaralp Dürrüşehvar Eba Ebuakil Ecegül Ecemiş Edaviye Edgübay Efil Eflâtun Efser Egenur Ekber
    Ekmel Elamiye Elhan Elifnur Elnur Elöve Elżbieta Emal Emirşan Emiş Enfes Enginiz Ensari Eral
    Eraycan Erbay Erbil Ercihan Erdemer Erdibay Erdursun Erem Erenalp Erensoy Ergener Erginel
    Ergönül Ergül Erinçer Eriş Erkinel Erksoy Erkılıç Ermutlu Eroğul Ersel Erseç Erten Ertuncay
    Ertün Ervaniye Eryk Eryıldız Eröz Erşat Esenbay Esengün Esentürk Eskinalp Esmanperi Esna Evcimen
    Evde Evrimer Ewelina Eyyüp Ezgin Ezgütekin Eşim Eşref Fadile Fadıla Fahrullah Faize Fami Fatigül
    Fatinur Fayize Fazul Feden Fehim Fehmiye Fenni Ferahdiba Ferat Feraye Feremez Ferihan Ferinaz
    Fermuta Fersan Feryas Ferzi Fetullah Feyha Feyruz Feyzin Feza Fidaye Fildan Filit Firdevis
    Fitnat Fryderyk Fuzuli Fügen Gabel Gaja Galip Ganiye Gazel Gelengül Gencaslan Gençay Geray
    Ginyas Giz Goncafer Grégoire Gustaw Gérard Gök Gökay Gökbudun Göken Göknur Gökperi Göksev Gökten
    Gökçe Gökçebalan Gökçil Göli Gönen Görgünay Görklü Görsev Gözel Gözem Gücal Gül Gülağa Gülbani
    Gülbeyan Gülbiye Gülcegün Güldam Gülder Güldünya Gülel Gülenay Güler Gülev Güleğen Gülfari
    Gülfeza Gülgen Gülgüzel Gülhisar Gülinaz Gülkadın Güllühan Gülmisal Gülnaziye Gülper Gülsalın
    Gülselin Gülseren Gülsevil Gülsiye Gülsü Gülter Gülzadiye Gülçe Gülözge Gülüs Gülşa Gülşahin
    Gülşeref Gümüştekin Günar Günaydin Günden Gündüzalp Günebakan Güneri Güngördü Güngören Günkurt
    Günsel Günser Günver Günşen Gürarda Gürcüye Gürelcem Gürsal Gürten Güverçin Güzey Güçal Güçlüer
    Güçyeter Haciali Hacile Hadrey Hafıza Hakikat Halenur Halidun Haliye Haluk Hami Hamiyet Hanbiken
    Hanedan Hansultan Harbinaz Hariz Hasbek Hasgül Hatem Hatin Havali Havse Hayali Hayel Hayret
    Hayrünnisa Hazine Hazrat Hekime Hekmet Henife Heva Heyvetullah Hezniye Hidir Hilayda Hindal
    Hinet Hiçsönmez Hoşkadem Huban Hudavent Hugues Hunalp Hurican Hurşide Huzuri Hüda Hükümdar
    Hümeyra Hürdoğan Hürmet Hüryaşar Hürüyet Hüsmen Hüsnühâl Hıfzullah Idık Ignacy Ildız Ilgı Irıs
    Ismık Işin Işıkay Işıman Işın Jankat Jaruthip Julita Juliusz Justyna Jérôme Józef Jędrzej Kacper
    Kadınana Kahir Kajetan Kalgay Kamar Kanak Kandef Kanpulat Kapagan Karabaş Karaca Karaer
    Karakucak Karanbay Karataş Karcan Karlukhan Kaver Kavurt Kayagün Kaygusuz Kayrabay Kayıt Kaşif
    Kefser Kelâmi Kenter Kerime Kerman Kete Kibar Kifaye Kiramettin Kitan Kiyasi Kocabaş Koldan
    Koncagül Konguralp Konstanty Kopan Korkmazalp Korugan Kotuz Koçak Koçkan Koşukhan Ksawery
    Kuddusi Kumral Kutay Kutgün Kutun Kâmil Kâzime Köker Köktaş Kösemen Kübran Kürşad Kılıçbay Kınel
    Kırat Kırgız Kısmet Kıvılcım Kızıl Kızıltunç Laika Ledün Lerze Leyli Lezize Limon Liwia Lutfi
    Lâle Lüfen Lütfi Macide Mahigül Mahnaz Mahsun Mahter Maksur Maksymilian Maksüde Malwina
    Mansurali Margaud Masar Masume Maurycy Maynur Maşide Mecide Mecit Mefarettin Mefharet Mehdiye
    Mehmetzahir Mehrigül Melaha Meleknur Melihcan Melikkan Melûl Memili Menfeat Mengi Mengüç Menişan
    Merba Merdi Merim Mertel Merva Meryeme Merzuk Mestur Mesude Metinkaya Meveddet Mevlüdiye
    Meyhanim Mezide Meşhur Michał Mieszko Mihin Mihriye Mikołaj Milay Minibe Mirbadin Mishat Misra
    Miyesser Miłosz Monis Muarra Mufide Muhip Muhiye Muhyettin Mujde Mukbile Muktedir Muratcan
    Musafet Musaffa Mutasım Mutluhan Muvaffak Muvahhide Möhsim Mübetcel Mücellib Mücevher Müferrih
    Müfit Müjde Mükramin Mükrüme Mülâyim Mümtaze Münezzer Münif Müret Mürit Müsemma Müslum Müveddet
    Müzekker Müğber Müşüre Nades Nafii Nafile Naide Nakip Nalân Narhanim Nasiba Nasuf Nataniel
    Natasza Nath Nayil Nazende Nazimet Nazlihan Nazlim Nazıdil Nebih Nebiha Necdat Necilal Necva
    Nefaret Nefiye Nehip Nejdet Neptün Neriban Nerim Nesfe Nesip Neslinur Neval Nevgin Nevise Nevsal
    Nevsale Neyran Nezengül Nezihi Nezize Neşrin Nihai Nihan Nikodem Nilcan Nili Nirgül Niğmet Noman
    Nural Nurbanu Nurda Nurdeniz Nuretdin Nurey Nurgil Nurhayet Nuriyet Nurkan Nurmelek Nurseda
    Nursim Nurtaç Nurveren Nurşan Nuyan Nüdret Nürice Océane Odkanlı Oganer Oguş Okanay Okbay
    Okgüçlü Okseven Oktüremiş Okyalaz Olca Oldağ Olgierd Olivie Oliwier Oluş Omaca Onat Ongay Onuker
    Onurcan Onursu Oranlı Orgün Ortak Oruç Orçin Otay Oymak Ozansü Oğulbaş Oğurata Oğuzman Paker
    Paksu Paweł Pehlil Pekkan Pembesin Peren Perinur Permun Pesent Pirahmet Piran Przemysław
    Pénélope Pürçek Rabbiye Rabih Radosław Rafał Rafia Rafih Rahiye Rahmet Rakide Rasul Rayla Razı
    Rebihat Recepali Refet Refik Rehime Remazan Rengül Resulcan Revza Rezin Rezzak Risalet Rohat
    Rojnu Roksana Ruhide Ruhsat Ruhugül Rémy Róża Rüknettin Rümeysa Rüşen Rıfkıye Sabih Sabihe Sabır
    Sadeti Sadittin Sadiye Safet Safinaz Safura Sahir Saire Sakip Salimet Salkın Salurbay Samahat
    Samurtay Sanavber Sancak Sanur Sançar Sargın Sarpkın Sarya Sarıcabay Satrettin Satıa Savak Savni
    Saydam Saygın Sayin Sayrak Sayın Saçı Sağcan Sağıt Sebattin Sebigül Seblâ Sedife Seha Sehel
    Sejda Selaheddin Selatin Selcen Seler Selime Selmin Selâtin Semat Semender Semine Semrin Sencar
    Seniha Seracettin Serda Serezli Serfinaz Serhatmehmet Serma Sernur Serol Servinaz Sevdi Sevdinar
    Sevgen Sevginur Sevican Sevindik Sevla Sevsevil Seydo Seyithan Seyyide Sezal Sezginbaş Seçgül
    Seçme Sidki Silanur Simber Simten Siper Sirap Sittik Solma Sonad Songurkan Sonnur Soydaner
    Soykan Soykut Soyselçuk Subutiye Sudi Sulhi Sultane Sunay Sunel Suphi Susam Szymon Sökmen Söyler
    Sözer Sücaettin Süha Süheyda Süleyla Sümerya Sümeyye Süner Süsen Süvari Süzer Sıla Sırriye
    Sıylıhan Taciddin Tagangül Talayer Tali Talibe Tamaydın Tanak Tanbay Tandoğdu Tangül Tanhan
    Tanpınar Tanses Tansev Tansığ Tanyolaç Tanyu Tanır Tarancı Tartış Tasvir Tayaydın Taygan Taylak
    Tayyibe Taçnur Taşar Taşkan Teber Tecimer Tekbay Tekecan Tekiner Teknaz Teksoy Telim Temime
    Temirhan Temizkal Temuçin Tenvir Tercan Terlan Tevs Teybet Tezcan Tezol Ticen Timothée Timurtaş
    Tiğin Tobiasz Toker Toktuğ Toköz Tola Tolonbay Tomurcuk Tonguç Topuz Torhan Toğan Tule Tulun
    Tunguç Tunçboğa Tunçkılıç Turabi Turcein Tutkucan Tutkun Tuyuğ Tuğcan Tuğrulhan Tuğtaş Tymoteusz
    Törel Tükelalp Tülin Tümer Tümkurt Türabi Türcan Türkalp Türkmen Türknur Tüzeer Tüzenur Tınal
    Ufukay Ulakbey Ulu Uludağ Uluman Ulutay Uluğbey Ummahani Umman Umutcan Umuşan Uraltay Urhan
    Ushan Utkucan Uyanser Uygun Uzbay Uzsoy Uçan Uçbeyi Uğan Uğur Uğurkan Uğurtan Vacibe Vafir
    Vahittin Vargın Varlık Vaysal Vecide Vefia Veis Velitdin Verde Verim Vezat Vezrife Vildane Vâlâ
    Wiktor Yadigar Yahşi Yahşikan Yalazabay Yalgın Yaltırak Yalın Yamin Yankı Yargı Yasan Yasemen
    Yayak Yazganalp Yazgül Yağın Yağızkurt Yaşattin Yekbun Yekda Yelesen Yeneral Yepelek Yertan
    Yetişal Yeşil Yolal Yoruç Yosma Yunt Yurdanur Yurdaser Yurtgüven Yurtseven Yurttaş Yönetmen
    Yücel Yücelen Yümun Yıldır Yıldız Yılma Zacharie Zahfer Zaliha Zamir Zebirce Zehranur Zekayi
    Zelha Zemzem Zennun Zerafet Zeride Zevlüde Zeynelabidin Zeyno Zihni Zilfa Zinnure Ziyaettin
    Zoral Zöhrehan Züfer Züheyla Zülbiye Zülfüye Zülgarni Zümre Âdem Âlemşah Çakar Çakırca Çaltı
    Çalım Çamok Çapkan Çavuldur Çağa Çağdan Çağlar Çağlasın Çağveren Çelem Çelikkan Çelikyürek Çerçi
    Çetinsu Çeviköz Çevregül Çilga Çinerk Çisem Çokan Çolpan Çopur Çoğay Çıdal Çıvgın Édith Édouard
    Élisabeth Élise Élodie Éléonore Émile Émilie Éric Étienne Öge Ökkaş Öktürk Ömriye Ömür Öncel
    Önel Öngen Önsal Örfiye Örik Öryürek Över Övün Özakan Özalpsan Özaslan Özay Özbay Özbilek
    Özbilge Özdal Özdeş Özdil Özdoğdu Özel Özerdinç Özertem Özge Özger Özgün Özgür Özinal Özkent
    Özkutlu Özlem Özlü Özokçu Özpetek Özpınar Özsözlü Öztek Öztürk Özyurt Özçam Özüdoğru Öğet
    Übeydullah Üge Ülfet Ülke Ülküdeş Ülküm Ümmahan Ümmet Ümmühan Ümray Ünal Ünek Ünlen Ünsever
    Ünübol Ürfettin Ürper Üsame Üstün Üzer Üçgül Ğanim İde İdiris İhsan İkiz İklim İlalmış İlbek
    İldem İldeş İlgi İlim İlkbahar İlkim İlklima İlmafer İlper İlsu İlteriş İmam İmge İmren İmrihan
    İnançlı İncifir İnsaf İntihap İrfan İsak İslime İsmet İsra İvecen İyiyürek İzel İzgü İçimbike
    İşcan Łukasz Şabettin Şadıman Şafii Şahat Şahdiye Şahinbey Şahinder Şahmettin Şahnuray Şahıgül
    Şali Şamiha Şanlı Şavki Şayan Şazime Şefi Şefiye Şehamet Şehreban Şehza Şekim Şelâle Şemsettin
    Şemsinisa Şendoğan Şenkal Şennur Şerafeddin Şeref Şerman Şevket Şevketfeza Şeyda Şide Şilan
    Şinasi Şirivan Şuayp Şöhret Şükri Şüküfe    """.split()
)
HAND_NAMES = frozenset(
    """
    Andriy Aïcha Büşra Dewkoemar Dmytro Girish Gökhan Gülsüm Harish Iryna Jairam Kamla Kübra Malti
    Małgorzata Oksana Oleksandr Sandjai Sangita Savitri Serhiy Soerin Tetiana Viktoriia Volodymyr
    Weronika Şeyma Büsra Gulsum Kubra Seyma Ozlem Ozge Özge Oğuz Tuğçe Tugce Ilyas Ilias Ilyass
    Soumaya Oumaima Chaimae Chaima Ikrame Nisrine Rajae Khaoula Hafsa Safia Mimoun Abdelilah
    Mohcine Hamid Lahcen Mohand Sjaak Rakesh
    """.split()
)
FIRST_NAMES = FAKER_NAMES | HAND_NAMES
