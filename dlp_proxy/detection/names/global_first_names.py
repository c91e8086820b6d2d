"""Given names of many countries (Europe, Africa, Asia, the Americas) that the other lists lack, as
data: "Ananya", "Tamsin", "Rhodri", "Riaan", "Tigist", "Ikechukwu". The lexicon counts them as
ambiguous first names (like "Will" or "Roos"): alone, one counts only where the sentence makes it
a person, since a list this wide holds rare words of other languages too.

Provenance: nomquamgender/name_data.json of the `nomquamgender` package 0.1.4 from PyPI (MIT;
(c) 2022 Ian Van Buskirk, https://github.com/ianvanbuskirk/nomquamgender): names that at least
8 of its lists hold for at least 30 people, filtered and copied once, offline, by
tools/regen_global_first_names.py (which says how). 14491 names.
"""

from __future__ import annotations

FIRST_NAMES = frozenset(
    """
    Aaden Aaditya Aadya Aagot Aaisha Aakash Aala Aaleyah Aalia Aaliya Aalya Aamer Aamina Aaminah
    Aamna Aanchal Aanya Aaradhya Aaran Aaren Aaricia Aarno Aarohi Aarron Aarthi Aarushi Aarya
    Aaryn Aase Aasha Aashish Aashna Aasia Aasiya Aasiyah Aastha Aatto Aava Aavo Abagail Aban
    Abas Abass Abdala Abdalrahman Abdelillah Abdelkrim Abdelrahim Abdenour Abderahman Abderraouf
    Abdiel Abdikarim Abdirisak Abdishakur Abdo Abdollah Abdolreza Abdon Abdoul Abdoulaye
    Abdoulie Abdourahamane Abdourahman Abdourahmane Abdula Abdulah Abdulai Abdulazeez Abdulaziz
    Abdulbaki Abdulhadi Abdulhakim Abdulkader Abdulkareem Abdulkarim Abdullatif Abdulmajeed
    Abdulmajid Abdulmalik Abdulrahim Abdulrhman Abdulsalam Abdulsamet Abdulwahab Abdur Abdurahim
    Abdurrahim Abdus Abeba Abedin Abeeha Abeera Abegail Abhay Abhi Abhijeet Abhijit Abhik
    Abhilash Abhinav Abhishek Abi Abia Abidin Abie Abigaelle Abigaile Abigayle Abigel Abiha
    Abimael Abimbola Abinash Abinaya Abira Abiram Abirami Abisha Abishek Abisola Abla Abolfazl
    Aboubacar Aboubakar Abrahan Abrahim Abramo Abrar Absalon Abtin Abu Abubaker Abukar Abul
    Abundio Acacio Achilleas Achintya Achmad Achyut Adah Adalberta Adalet Adalgisa Adalie Adalyn
    Adama Adamantios Adanna Adao Adaora Adara Adarsh Adas Adaya Addam Addi Addis Addisyn
    Addolorata Adea Adebayo Adedamola Adeeb Adeel Adeela Adeena Adelaine Adelajda Adelene Adelfa
    Adelfo Adelinda Adelino Adelio Adelisa Adelita Adell Adella Adelle Adelma Adelyn Adelyne
    Ademar Ademir Ademola Adeola Aderito Adesh Adesola Adesuwa Adetola Adewale Adeyinka Adhemar
    Adian Adiba Adiel Adilah Adile Adir Adira Adison Adithya Adiva Adiya Adja Adji Adjoa Adlai
    Adley Adlin Admira Adnaan Adolfa Adom Adon Adonai Adonay Adoracion Adorjan Adra Adrain Adrea
    Adriann Adriatik Adriel Adrielle Adriena Adriene Adrijan Adrina Adrine Adris Adryan Advait
    Ady Adyan Aela Aelia Aelita Aeri Aerin Aeris Aeryn Aesha Afet Affan Afi Afif Afifa Afifah
    Afiya Afnan Afrah Afraz Afreen Afrin Afrodita Afrodite Afroditi Afsana Afsaneh Afshan
    Afsheen Afshin Aftab Afton Agam Agapi Agathon Agatino Agaton Agda Agenor Aggeliki Aggelos
    Aggie Agi Agit Aglae Aglaja Aglaya Agna Agnaldo Agnar Agnella Agnessa Agnethe Agnia
    Agostinho Agoston Agota Agueda Aguinaldo Agung Agurtzane Agust Agusta Agusti Ahaan Ahad
    Ahamed Ahana Aharon Ahcene Ahil Ahlaam Ahlem Ahmadou Ahmar Ahmer Ahna Ahnaf Ahren Ahron
    Ahsan Ahu Ahuva Ahyan Aia Aian Aichatou Aidas Aidee Aidi Aidin Aidy Aidyn Aiesha Aifric
    Aiham Aika Aikaterini Ailan Ailee Ailen Ailene Ailidh Ailie Ailin Ailo Ailsa Ailton Ailyn
    Aima Aimar Aime Aimeric Aimery Aimi Aimie Aimilios Aimon Aini Ainslee Ainslie Aintzane Aira
    Airam Aires Airin Airlie Airon Airton Aishah Aishat Aishe Aislin Aislyn Aissata Aissatou
    Aiste Aita Aitziber Aiva Aivi Aixa Aiya Aiyanna Aiysha Aiza Aizah Aja Ajai Ajana Ajeet Aji
    Ajia Ajit Ajith Ajmal Ajoy Ajsa Akai Akam Akane Akanksha Akari Akasha Akashdeep Akeel Akeem
    Akeisha Akela Akhil Akhila Akhilesh Akhmed Akia Akiba Akida Akie Akihiko Akihiro Akihito
    Akiko Akil Akila Akilah Akilles Akim Akina Akinobu Akinola Akinori Akio Akis Akisha Akito
    Akitoshi Akiva Akiyoshi Akli Aklilu Ako Akon Akriti Aksa Aksana Akshar Akshara Akshat
    Akshaya Akshita Akvile Alaattin Aladar Alaeddine Alai Alaia Alaina Alaine Alais Alaitz
    Alajos Alam Alamgir Alamin Alanah Aland Alanda Alane Alani Alarik Alasdair Alassane Alayah
    Alayna Alayne Alazne Albana Albane Albaro Alben Albena Alberic Albi Albie Albine Albiona
    Albus Alby Alceu Alcide Alcina Alcino Aldana Alden Aldijana Aldine Aldino Aldon Aldona Aldor
    Aldous Aldric Aldrin Aleah Aleana Aleandra Aleandro Aleasha Alecia Aleck Aled Aleda Aleece
    Aleem Aleen Aleesa Aleesha Aleeza Alegra Aleh Aleia Aleigha Aleina Aleister Aleix Aleja
    Aleka Aleko Alekos Aleksa Aleksandre Aleksas Aleksejs Aleksey Aleksia Aleksis Aleksy Aleli
    Alema Alene Ales Alesa Alesandra Alesandro Aleshia Alesia Alessi Alessya Alesya Aleth
    Alethea Alethia Alevtina Alexan Alexandrea Alexanne Alexey Alexiane Alexie Alexina Alexine
    Alexio Alexios Alexsandro Alexus Alexy Alexys Alexzander Alexzandra Aleya Aleyah Aleyda
    Aleysha Alfeo Alfhild Alfi Alfia Alfie Alfina Alfiya Alfonzo Alfrida Algimantas Algis Alhaji
    Alhassan Aliaa Aliah Aliaksandr Aliaksandra Alian Alic Alicen Alicija Alick Aliesha Aliette
    Alieu Alif Alifa Aliisa Alija Alijah Alik Aliki Alima Alime Alinne Aliona Aliou Alioune
    Alipio Alireza Alisan Aliscia Alisdair Alisen Alishah Alishba Alisher Alisse Alivia Alixe
    Aliz Alizah Alizee Alizia Aljona Aljosa Alketa Alkis Allanah Allannah Allena Allene Allex
    Alli Allia Alliah Allicia Allin Allina Allissa Allistair Allister Alliyah Allyce Allyn
    Allysa Alman Almas Almeda Almedin Almerinda Almin Almo Almon Almos Alo Alodie Aloise Alok
    Aloma Alona Alonza Alora Aloyse Alpa Alpaslan Alphee Alphonzo Alric Alrick Alsu Alta Altaf
    Altay Altea Alton Altti Alun Alv Alvah Alvan Alvera Alvi Alvia Alvie Alvilde Alvina Alvino
    Alvira Alvis Alvise Alvy Alvydas Alvyn Alyaa Alyah Alyan Alyana Alyas Alyce Alyia Alyn Alyna
    Alyne Alyona Alyosha Alys Alyse Alyson Alyss Alysse Alysson Alyvia Alyx Alzbeta Alzira Amaan
    Amaar Amable Amad Amadea Amadeu Amadeusz Amadi Amadu Amael Amaka Amala Amale Amalee Amali
    Amalio Amaliya Amalya Amandeep Amane Amanpreet Amanuel Amanullah Amarah Amaranta Amardeep
    Amare Amaria Amariah Amarildo Amarilys Amarjeet Amarjit Amarpreet Amartya Amatullah Amauri
    Amayah Amba Amberley Amberly Ambika Ambreen Ambrogio Ambroise Ambros Ambrus Amea Amed Amedea
    Amedee Amee Ameen Ameena Ameenah Ameet Ameli Amelina Ameline Amelio Amelita Amelle Amellia
    Amena Amera Americo Amerigo Amey Ameya Amias Amica Amichai Amid Amiee Amiel Amii Amiira
    Amika Amil Amilcar Amilcare Amilie Amily Aminat Aminta Aminul Amirali Amiran Amirhossein
    Amita Amitabh Amitai Amitoj Amiya Amiyah Amjed Amma Ammaar Ammara Ammi Ammie Ammon Amnah
    Amneris Amnon Amogh Amory Amram Amran Amreen Amrei Amrik Amrinder Amritha Amritpal Amrutha
    Amund Amye Amyn Amyra Anab Anabell Anabelle Anabia Anae Anael Anaelle Anagha Anah Anahi
    Anahid Anahit Anahy Anai Anaia Anaid Anaisa Anaise Anakin Anali Analia Analie Analisa
    Analise Analiza Analucia Analyn Anamari Anamarie Anamarija Anan Anant Ananth Ananya Anara
    Anastacio Anastas Anastase Anastasiia Anastasiya Anastassia Anastassiya Anastasya Anastazia
    Anastazija Anasuya Anat Anatalia Anatolii Anatolijs Anatolio Anatoliy Anatoly Anayah
    Anayansi Anays Ancel Anchal Ande Andee Andelina Andelko Andia Andie Andin Andina Andis Andja
    Andjelija Andjelka Ando Andon Andoni Andora Andrae Andranik Andreana Andreanna Andreanne
    Andreina Andrejus Andrene Andreo Andresa Andressa Andreya Andreza Andria Andriana Andrianna
    Andrie Andrii Andrij Andrijana Andrik Andrine Andros Androula Andru Andry Andzelika Anea
    Aneeka Aneel Aneela Anees Aneesa Aneesh Aneesha Aneirin Aneka Aneli Anelia Anelis Anelise
    Aneliya Anella Aner Anesa Anesia Anessa Anestis Anezka Anfal Anfisa Angad Angelena Angelene
    Angelico Angeliki Angelin Angelisa Angelito Angell Angella Angello Angels Angelyn Angharad
    Angi Angiolina Angiolo Angustias Angy Anhar Ania Anibal Anice Anicet Aniceta Aniceto Anicia
    Anick Anicka Anida Anie Aniella Aniello Anifa Anija Anik Anike Aniket Aniko Anila Animesh
    Anindita Anindya Aniq Anir Anirban Aniruddha Anisah Anishka Anisia Anitha Anitta Aniya
    Aniyah Anjan Anjanette Anjel Anjela Anjelica Anjelika Anjelina Anjeza Anji Anjie Anju
    Anjulie Anki Ankit Ankita Ankur Ankush Anli Anmar Annaelle Annaig Annais Annalea Annalee
    Annaleigh Annaleise Annali Annalia Annalina Annalis Annaliza Annamari Annamay Annan Annarita
    Annarosa Annarose Annas Annatina Anneka Annel Annelle Annelyse Annemari Annesley Anneta
    Annia Annice Annik Annike Anniken Annikka Annis Annissa Annmaria Annmarie Annora Annu
    Annunciata Annunziato Annya Anona Anoop Anoush Anousha Anqi Anri Ansam Ansar Anselme Anshika
    Anshu Anshul Anshuman Ansley Anson Anta Antar Antara Antea Antelmo Antenor Anteo Anthi
    Anthia Anthime Anthoula Antia Antigona Antigoni Antimo Antioco Antionette Antoan Antolin
    Antone Antoneta Antoniette Antonije Antonita Antoniya Antton Antuan Antwon Anuar Anuj Anuja
    Anum Anup Anupam Anupama Anurag Anureet Anush Anushree Anwen Anwyn Anxo Anysia Anyssa Anze
    Anzhela Anzhelika Anzor Aodh Aoi Aonghus Aous Aparajita Aparna Apollon Apolo Apolonija
    Apolonio Apoorva Aprilia Apryl Apurva Aqeel Aqib Aqila Aqsa Aquilina Aquilino Arabel Arabela
    Aracelis Arad Aragorn Aramis Arancha Arani Arantza Arantzazu Aranzazu Arata Arati Arav
    Aravind Arber Arbi Arbnora Arcadi Arcadio Arcady Arcangela Arcangelo Archimede Archita Archy
    Ardalan Ardelle Ardiana Ardin Ardis Ardith Ardo Arduino Aree Areeb Areeba Areej Areen
    Areesha Aref Areg Arek Arel Areli Arelis Arella Arely Areta Aretha Areti Arev Arevik Arezo
    Arezou Arfa Arfan Argelia Argenis Argentino Argia Argimiro Argine Argjend Argyrios Argyro
    Arhan Ariadni Ariah Arial Ariam Ariani Arianit Ariano Arianwen Aric Arica Arieh Ariele
    Ariella Arifa Arija Arijana Arika Arindam Arinze Ario Ariola Arion Arisa Arish Arismendy
    Arissa Aristea Aristeo Aristidis Aristoteles Aristotelis Aritz Ariya Ariyan Ariyana Ariz
    Arjana Arjay Arjeta Arka Arkadi Arkadiy Arkady Arkaitz Arkan Arkin Arko Arla Arlan Arland
    Arlee Arleen Arleigh Arlen Arlena Arleta Arlete Arlett Arlie Arlin Arlina Arlindo Arlyn
    Arlyne Arma Armagan Armandina Armel Armela Armenio Armi Armindo Armine Armita Armon Armond
    Arn Arnab Arnauld Arnav Arnel Arnes Arnfinn Arnhild Arni Arnika Arnita Arnon Arnost Arnstein
    Arnt Aroldo Arona Aronne Arooj Aroon Arouna Arpad Arpan Arpi Arpine Arpit Arpita Arquimedes
    Arra Arren Arrigo Arryn Arsa Arsal Arsema Arsene Arseni Arsenia Arsenije Arseniy Arseny Arsh
    Arshak Arshan Arshdeep Arshi Arshia Arshiya Artak Artem Artemas Artemi Artemiy Artemy Arthi
    Arthus Artiom Artjom Arton Arturas Artus Artyom Arul Arunas Arundhati Arup Arusha Arushi
    Arve Arved Arvi Arvids Arvis Arwel Arwid Arwyn Aryaman Aryanna Aryanne Arye Aryeh Aryn Aryo
    Arza Asaad Asadullah Asael Asako Asal Asami Asan Asbjorg Asbjorn Ascencion Ase Aseel Aseem
    Asela Asen Aser Asgeir Asghar Ashani Ashar Ashely Ashfaq Ashi Ashia Ashild Ashim Ashima
    Ashiq Ashira Ashkhen Ashlea Ashleen Ashli Ashlie Ashlin Ashlynne Ashmit Ashot Ashten Ashtyn
    Ashwani Ashwath Ashwini Asi Asiah Asier Asifa Asija Asil Asima Asir Asis Askar Askin Asla
    Aslak Aslam Aslaug Asle Asmah Asmahan Asmar Asmir Asmita Asmund Asna Aso Aspasia Asra Asrar
    Assa Assaad Assad Assaf Assal Assan Assane Assata Assem Asser Assetou Assi Assil Assim Assma
    Assya Asteria Asterios Astghik Asti Astin Astley Astou Astrea Astri Astrida Astro Aswad
    Atahan Atalia Atanas Atanasio Atanaska Atara Atarah Atef Atefeh Atem Athalie Athan Athanase
    Athanassios Atharva Athea Athol Atia Atifa Atik Atilano Atina Atiq Atiqa Atis Atiya Atle
    Atli Ato Atreyu Atri Atso Atsuko Atsumi Atsuo Atta Attilia Attiya Atul Aube Aubree Aubrie
    Audette Audie Audley Audra Audray Audre Audric Audrie Audrina Audris Audrone Audun Augie
    Augustino Augustyn Aukse Auli Aulona Aundrea Aung Aure Aurea Aurela Aurele Aureli Aurelien
    Aureo Auri Auria Aurian Auriane Auriel Auro Auron Auryn Ausra Austeja Auston Austyn Autum
    Auxiliadora Avah Avan Avanti Avedis Aveen Avelina Avelyn Aven Averie Averill Avetis Avia
    Aviad Aviana Avianna Avice Avichai Avidan Avie Aviel Avigail Avigdor Avik Avina Avinoam
    Avishai Avita Avital Aviv Avneet Avner Avnish Avraam Avraham Avrohom Avrom Avrum Avshalom
    Avtandil Avtar Avy Awab Awad Awais Awatef Awatif Awen Awilda Ayaat Ayaka Ayako Ayame Ayami
    Ayane Ayanna Ayano Ayasha Ayat Aybars Ayberk Aybuke Aydee Aydn Ayeesha Ayele Ayelen Ayelet
    Ayen Aygun Ayham Aykan Aylah Aylan Aylen Ayline Aymar Aymara Ayme Aymee Aymerick Aymon Ayn
    Ayna Aynsley Ayo Ayobami Ayomide Ayoob Ayotunde Ayra Aysa Ayshe Aytekin Ayumi Ayumu Ayushi
    Ayyan Ayyub Ayza Aza Azadeh Azael Azalia Azam Azamat Azan Azar Azara Azaria Azat Azeem Azeez
    Azel Azelia Azem Azer Azhar Azia Azim Azima Azime Azin Azira Azita Azizah Azka Azlan Azman
    Azmat Azmi Azrael Azriel Azul Azumi Azur Azura Azusa Azza Azzam Azzedine Azzurra Babacar
    Babajide Babatunde Babita Baboucarr Bachar Badar Badara Badi Badis Badri Bae Bagrat Bahadur
    Bahareh Bahia Bahija Bahman Bahoz Bahram Bahriye Bahtiyar Baila Baillie Baily Bakar Bakary
    Bakhtiar Bakr Balaji Balam Balazs Balbina Balbino Balbir Baldev Baldo Balian Balint Baljeet
    Baljinder Baljit Balqis Balraj Balwinder Bambi Bana Bandar Bani Banjamin Baraa Barack
    Barakat Barbare Barbaro Barbaros Barbi Bardhyl Bardia Barin Barnabe Barnaby Barnie Barret
    Barri Barrington Bartholomaus Bartholome Bartlomiej Bartolo Bartolome Basilia Basilisa Basit
    Basmah Basmala Basri Bassel Bassem Bassim Bassima Bassirou Bassma Batia Batoul Batsheva
    Batul Batya Baudilio Bawan Bayan Baye Baylee Bayley Baz Bazil Beatris Beaufort Becci Bechir
    Becka Becki Beckie Bedrich Bedriye Beena Bega Begona Behar Behcet Behice Behiye Behnam
    Behnaz Behrooz Behrouz Behzad Beila Bejan Beki Bekki Belgica Belina Belisa Belita Beliz
    Belkis Bellina Bellinda Belmira Belmiro Belva Belynda Bena Benaiah Benat Bendeguz Bendik
    Bendix Bendt Benedetta Benedikta Benediktas Benedito Benedykt Benett Bengi Bengisu Bengu
    Benhur Beniamino Benicia Benilda Benilde Benjamen Benjamine Benjie Benoist Benoite Benon
    Benoni Bently Beny Benzion Beqir Berangere Berardino Berardo Bereket Berenger Berengere
    Berenike Bergljot Berhane Beri Beril Berin Berina Berislav Beritan Berkin Berkley Bernabe
    Bernadene Bernadeta Bernardin Bernhart Berni Berniece Bernita Berrak Bertel Bertilla
    Bertille Berton Bertrande Berwyn Besa Beshir Besiana Besik Besir Besma Besmir Bessy Bethaney
    Bethania Bethanie Bethann Bethanne Bethia Bethy Beti Betim Beto Betsabe Betsey Betsi Betta
    Bettyann Bettye Bety Betzy Beulah Beverlee Beverlie Beya Beyhan Bezalel Bhagwan Bharath
    Bharati Bhargav Bharti Bhaskar Bhavana Bhavesh Bhavin Bhumika Bhupinder Bhuvan Bia Bian
    Biancamaria Bianna Biao Biba Bibbi Bibiano Bice Bich Biel Bienvenido Bigna Bijan Biju Bikash
    Bikram Bikramjit Bilan Biliana Bilkis Billi Bilqis Bilyana Bimal Bindu Bineta Binjamin
    Binnaz Binnie Binnur Bino Binod Binti Bintou Bintu Binu Binyamin Bipin Birgir Birke Birna
    Birute Biser Bisera Bishoy Bisma Bistra Bita Bixente Bjarke Bjarni Bjarte Bjoern Bjorg Bjork
    Bjornar Blaga Blagoj Blagoja Blagoje Blagovest Blagoy Blai Blaire Blaize Blakeley Blane
    Blayne Blaz Blazej Blazenka Bledar Bleddyn Blenda Blendi Bleon Bleona Blodwen Blu Bluma
    Blyth Bobbe Bobette Bobi Boby Boglarka Bogoljub Bogomil Bogoslav Bogumil Bogumila Boguslaw
    Bohumir Boldizsar Boleslaw Bolette Bonaventure Boni Bonni Borbala Borge Borghild Borgny
    Borhan Borisav Borislav Borislava Boriss Borivoj Borivoje Borjana Borje Boro Boroka Boruch
    Boryana Bosiljka Bosko Bostjan Botan Boubacar Bouchaib Boyko Boyu Bozana Bozhidar Bozica
    Bozidar Braco Bradd Bradie Bradlee Bradyn Braeden Braedon Braham Brahm Braian Braiden Brais
    Brajan Bramwell Brana Brandan Brandee Brandie Brandin Brandyn Brane Branimir Brankica Brano
    Branwen Bratislav Braydon Brayton Brea Breana Breann Breanne Breck Breena Brennen Brenno
    Brennon Brenton Breon Bret Bretton Bria Brianda Bridey Bridgett Bridgette Bridgid Brieanna
    Briege Briella Brienne Brigette Brigite Brikena Brin Brinley Brion Brisa Briseis Britanny
    Britany Britnee Britni Britny Brittaney Brittani Brittanie Britteny Brittni Brittny Broc
    Brodi Brodrick Bronislav Bronislaw Bronislawa Brooklynn Brune Brunella Brunilde Brunon
    Bryana Bryann Bryanne Bryar Brycen Bryden Brydie Brydon Brygida Bryn Bryna Bryndis Brynja
    Brynjar Brynley Brynmor Brynna Brynne Bryon Bryton Buba Bubba Bucky Budd Budimir Buffy
    Bulcsu Bunnie Burcak Burnell Byran Byung Cacilda Cacilia Cacilie Cadell Caden Cadi Caeden
    Cael Caela Caelyn Caetano Cagan Cagatay Cahit Caila Cailan Cailean Caileigh Caili Caimin
    Cainan Caira Caitie Caitlan Caitrin Cala Cale Caleigh Calem Calen Caley Calia Calida Calie
    Calin Calina Caline Caliope Calise Calix Calixte Calleigh Callen Calley Calli Callia
    Calogera Calvyn Caly Camaron Camella Cameryn Cami Camie Camillia Cammi Cammy Camran Camron
    Camryn Camy Cana Candan Candi Candide Candido Candie Candis Candise Candyce Canio Carah
    Caral Caralee Caralyn Carena Carene Cari Carie Carima Carinna Carinne Carisa Carlee Carleigh
    Carlena Carlene Carles Carletta Carlie Carling Carlita Carlitos Carlon Carlye Carlyne Carma
    Carme Carmelia Carmelina Carmella Carmelle Carmello Carmin Carmino Carmit Carmita Carmo
    Carnell Carolane Carolanne Carolee Caroll Carolle Carolynn Carolynne Carra Carrianne Carrick
    Carrol Carsen Carwyn Caryl Caryn Carys Casi Casiano Casie Casilda Casimira Casimiro Cassady
    Cassandre Cassey Cassi Cassian Cassiana Cassio Cassiopee Cassondra Cassy Castiel Casto
    Cataldo Catalin Catello Catelyn Caterine Cath Cathan Catheline Catherin Cathi Cathia Cathie
    Cathryn Cati Catiana Catie Catina Catlin Cattaleya Caua Cavan Cavin Cayce Cayla Cayle Caylee
    Cayley Caylie Caylin Cayo Ceana Cece Cecily Cecylia Cederic Cedrick Cedrik Cee Ceejay
    Ceinwen Cele Celedonio Celenia Celerina Celerino Celestia Celestin Celian Celiane Celin
    Celio Cella Cellina Celsa Celyn Celyne Cendrine Ceola Cephas Cera Cerian Ceridwen Cerina
    Cerine Cerstin Cerys Cesareo Cesaria Cesario Cesc Cesia Cesidio Cesira Cettina Cevat Cevdet
    Cevin Ceyhan Cha Chace Chadd Chae Chahinez Chaia Chaitra Chaka Chaker Chalmer Chanah Chandan
    Chandini Chandrika Chane Chanh Chani Chanie Channing Channon Chanon Chantae Chantale
    Chantell Chany Charalambos Charalampos Charanjit Charbel Chariklia Charito Charla Charle
    Charlee Charleigh Charlena Charlet Charlette Charli Charlin Charlise Charlye Charlyn
    Charlyne Charmane Charmian Charmine Charmion Charna Charne Charolette Charu Charyl Chas
    Chasity Chauncy Chavdar Chavi Chawki Chay Chayan Chayanne Chaye Chayma Chayton Chea Cheick
    Cheikhou Chelcie Cheli Chelsae Chelsee Chelsi Chenxi Chenyang Chere Cheree Cherene Cherice
    Cherifa Cherin Cherisse Cherlyn Cherri Cherrie Chery Cheryle Cheryn Chetan Chetana Chevon
    Chevonne Chey Cheyanne Cheyne Chhaya Chiaki Chibueze Chibuike Chidera Chidi Chidiebere
    Chidinma Chidubem Chie Chieko Chiemi Chiharu Chihiro Chiho Chika Chikako Chikara Chike Chima
    Chimamanda Chimere Chinami Chinatsu Chinedum Chinenye Chinh Chinmay Chinonso Chintan Chinwe
    Chira Chirag Chisa Chisato Chisom Chistopher Chitra Chiyoko Chizuko Chizuru Chloee Chokri
    Chol Chole Chona Choon Chrisann Chrisna Chrisoula Chriss Chrissa Chrissi Christabelle
    Christakis Christeen Christele Christell Christena Christene Christia Christianna
    Christodoulos Christoff Christoforos Christon Christoper Christophoros Christyn Chrys Chrysa
    Chrysanthi Chrysanthos Chrysostomos Chrysoula Chrysta Chrystele Chrystelle Chrystian
    Chrystie Chrystina Chrystine Chui Chukwuebuka Chukwuma Chunmei Chuong Chyna Chynna Ciana
    Cianna Ciarra Cibele Cicek Cicily Cidalia Ciera Cieran Cierra Cilka Cina Cinar Cinda Cindee
    Cindi Cindia Cindie Cindra Cino Cirila Cirilo Cisse Citlalli Civan Ciwan Ciya Claiborne
    Claira Clairette Clarabelle Clarance Claressa Claretta Claribel Claris Clarise Clarita
    Claron Claudinei Claudino Clea Cleber Cleide Cleiton Cleland Clelie Clemmie Cleofe Cleona
    Cleone Cleonice Cleta Clete Cletus Cleve Clif Clirim Clivia Cloris Clotaire Codey Codi
    Codruta Coel Colan Colbie Coleen Colene Colina Collyn Colombe Colten Colwyn Colyn Conceicao
    Concettina Concetto Coni Conlin Connal Connan Connel Conni Cono Consiglia Consolacion
    Constanca Constancio Constanta Constantinos Contessa Coralee Coralyn Corazon Corban Corben
    Corby Corbyn Coreen Coren Corena Corene Corentine Coretta Cori Corie Corinn Corliss
    Corradino Corran Corri Corrin Corrinne Corryn Cort Coryn Cosetta Cosette Cosma Costante
    Costantina Costanza Costas Coty Coumba Courtland Courtnay Courtnee Courtnie Covadonga Craige
    Creola Crescencio Crescenzo Cressida Crisanta Crisanto Crisostomo Crispina Criss Crissie
    Cristabel Cristela Cristelle Cristen Cristi Cristiane Cristie Cristin Cristinel Cristino
    Cristo Cristoforo Cristovao Crysta Crystel Crystelle Crystle Csanad Csenge Cuan Cuauhtemoc
    Cumali Cumhur Cuong Cuthbert Cveta Cvetana Cvetelina Cybelle Cybil Cybill Cyd Cydney Cyle
    Cylia Cynan Cyndee Cyndi Cyndie Cyndy Cyprien Cyra Cyrena Cyriac Cyriaque Cyrielle Cyrine
    Cyro Czeslawa Daciano Dacio Dade Daegan Dael Daena Daenerys Dafna Dafni Dafydd Dagfinn
    Dagmawi Dagne Dagnija Daian Daiane Daichi Daigo Daiki Daila Daine Daira Daisey Daisi Daisie
    Daisuke Daithi Daiva Daizy Daja Dajan Dakotah Dalbert Daleen Dalena Dalene Daliah Daliana
    Daliborka Dalija Dalil Dalilah Dalin Dalina Dalinda Dalip Dalit Dalius Daliya Daljeet Daljit
    Dallan Dallin Dalma Dalmar Dalmiro Dalva Dalvin Daman Damani Damara Damarys Damase Damaso
    Dameon Damia Damienne Damilola Damira Damita Damond Danah Danai Danail Danan Danas Danay
    Danaya Dandan Daneen Danell Danella Danelle Danette Danguole Danh Daniar Danielis Daniell
    Danielly Danielo Daniil Danilla Danina Danira Danis Danise Danit Danka Dannah Dannica
    Danniel Danniella Dannielle Dannii Dannika Dantes Danuse Danut Danute Danyah Danyar Danyell
    Danyella Danyelle Danyl Danylo Danzel Dao Daouda Daphnee Daphney Daquan Darah Darcee Darcel
    Darcey Darci Darcia Darcie Dareen Darek Darel Darell Darelle Darianne Darice Darie Dariel
    Darien Darijo Darine Dariush Dariya Darjan Darl Darla Darleen Darlena Darline Darly Darlyn
    Darlyne Darnelle Daro Darold Darra Darrah Darrelle Darrian Darrick Darrien Darrion Darrius
    Darron Darryll Darvin Darwyn Daryan Daryle Daryn Daryna Daryoush Dasha Dashawn Dashiell
    Dasia Dathan Dato Dauda Daunte Dava Daven Davia Davinder Davion Davood Davorka Davoud Davyd
    Dawda Dawit Dawna Dawne Dawood Dawoud Daxton Dayane Dayanna Daye Dayla Daylan Dayle Daymon
    Daymond Dayron Daysi Deakin Deandra Deandre Deangelo Deann Debabrata Debbi Debbra Debrah
    Deby Dechen Decio Dede Dedra Deeann Deeba Deeksha Deema Deepali Deepika Deepthi Deepti Deeqa
    Dehlia Deia Deian Deidra Deimantas Deimante Deion Deirdra Deise Deivid Deja Dejah Dejana
    Dejuan Deke Delaine Delali Delan Delane Delani Delanie Delara Dele Delena Delfa Delfim
    Delfin Deliah Delinda Delio Delisa Delma Delmar Delmer Delmira Delois Delon Delora Deloris
    Delos Delphie Delphin Delroy Delsa Delton Delvin Delwyn Delyth Dema Demar Demarcus Demario
    Demba Dembo Demetre Demetri Demetria Demetrios Demetrious Demetris Demitra Demitri Demond
    Denae Denby Dene Deneen Denes Denese Denia Denica Deniel Denika Denisia Deniss Denissa
    Denita Denize Denna Denni Dennise Dennys Denya Denzil Deolinda Deona Deonne Dequan Deray
    Deren Deri Derian Deric Derik Derlis Derna Deron Derrell Derren Derrik Derrin Derron Derry
    Derryl Derwin Derwyn Deryck Deryk Deryl Deryn Desa Desanka Desdemona Desean Deshaun Desirae
    Desislava Dessie Dessislava Desta Destinee Destini Devaki Deval Devanshi Devendra Devereaux
    Devesh Devinder Devis Devona Devonne Devora Devorah Devra Devyani Devyn Dewayne Deya Deyan
    Deyana Deyna Deysi Dezi Dezmond Dezso Dhana Dhananjay Dhani Dhanya Dhara Dharmendra Dhaval
    Dheeraj Dhiren Dhruva Dhruvi Dhurata Dhyan Diaa Diago Diahann Diako Diala Diamant Diamantina
    Diamantino Diamantis Diara Diarra Didac Didar Didrik Diega Diellza Dierdre Dieudonne Digby
    Dija Diko Diksha Dilani Dilaver Dilawar Dildar Dileep Diletta Dilip Dillion Dilma Dilon
    Dilpreet Dilraj Dilruba Dilshad Dilyan Dilyana Dilys Dimi Dimitar Dimitria Dimitrij
    Dimitrije Dimitrinka Dimitrius Dimitriy Dimka Dimo Dimosthenis Dinara Dinko Dinora Dinorah
    Diodoro Diomedes Diomira Dioni Dionicia Dionicio Dionis Dionna Dionys Dionysios Diora
    Diosdado Dioselina Dipak Dipali Dipankar Dipesh Dipika Dipti Diran Dirce Dirceu Diren Disha
    Divi Divia Divna Diyan Diyana Djamal Djana Djellza Djenabou Djeneba Djibril Djilali Djordje
    Dmitrii Dmitrij Dmitrijs Dmitriy Dmitry Doa Doaa Dobri Dobrica Dobrila Dobrinka Dobromir
    Dobrosav Dodi Dodie Doga Doireann Dola Dollie Dolma Dolors Domenick Domenik Dominador Domini
    Dominikus Domitille Domna Domonic Domonique Domonkos Donaciano Donalda Donaldo Donall Donart
    Donatien Donatienne Donavin Donavon Doncho Donell Donella Donelle Donetta Donette Dongmei
    Doni Donica Doniel Donielle Donika Donis Donita Donivan Donjeta Donka Donn Donnamarie
    Donnchadh Donnelle Donta Dontae Donte Dor Dorah Doralice Dorca Dorde Doren Dorena Dorene
    Dores Doretta Dori Doriane Doriann Doriano Dorica Dorice Dorie Dorjan Dorna Doro Doroteo
    Dorra Dorrie Dorsa Dorsaf Dorthea Dorthy Dorys Dotti Doua Dougal Dougald Dougie Dov Dovid
    Dovile Dragi Draginja Dragisa Dragoljub Dragomir Dragos Dragoslav Dragoslava Drahomir
    Drahomira Drasko Draven Drazen Dren Drena Drin Drishti Dritan Dror Dru Drucilla Drue Drystan
    Duaa Duana Duanne Dubravka Dubravko Duccio Dugald Duka Dukagjin Dulcie Duna Dunstan Durdica
    Durell Durim Durval Durward Durwin Dusanka Dushan Dusica Dustyn Duvan Duwayne Duyen Dvir
    Dvora Dvorah Dwain Dwaine Dwyane Dyann Dylann Dyna Dynah Dzemal Dzenan Dzenana Dzesika
    Dzmitry Eabha Eadie Eagan Ean Earlene Earline Eartha Earvin Eban Ebby Eber Ebonee Eboni
    Ebonie Ebrima Ebunoluwa Edan Edana Edden Eddi Eddison Edeline Edem Ederson Edhem Edia Edibe
    Edil Edilia Edip Edisa Edite Edithe Edivaldo Edla Edlira Edlyn Edma Edmilson Edmon Edmondo
    Edonis Edra Edric Edrick Edris Edsel Eduart Edurne Eduviges Eduvigis Edvaldo Edvards Edvige
    Edvina Edvins Edwardo Edwige Edwyn Edyn Edyta Eeli Eesa Eevi Efa Effi Efi Efigenia Efim
    Efisio Efosa Efrat Efrem Efren Efrosini Efstathia Efstathios Efstratios Efthalia Efthimia
    Efthimios Efthymia Efua Eghosa Egidija Egidio Egill Egisto Eglantina Egle Egor Eha Ehab
    Ehren Ehud Eibhlin Eid Eidan Eiden Eigil Eiichi Eiichiro Eiji Eik Eilen Eilene Eilert Eili
    Eilidh Eilif Eilin Eilleen Eily Eilyn Eiman Eimi Eina Einat Eini Eion Eir Eireann Eirene
    Eirian Eirikur Eirin Eirini Eirinn Eirlys Eisa Eisha Eissa Eisuke Eita Eitan Eivin Ejnar
    Ejona Ejvind Ekaitz Ekaterine Ekaterini Eki Elad Eladia Elah Elahe Elaheh Elai Elaia Elain
    Elaina Elane Elani Elanna Elara Elaria Elayna Elayne Elazar Elchanan Elcin Eldad Eldana Eldi
    Eldina Eldo Eldon Eldor Eldred Eldrid Ele Eleah Elean Eleana Eleanna Eleen Eleena Elefteria
    Eleftheria Eleftherios Eleina Eleisha Elek Elektra Elemer Elenia Elenie Elenita Elenna
    Eleora Eleri Elesha Elettra Elfa Elfreda Elga Elgan Elhadj Elhadji Eliab Eliakim Elianna
    Eliasz Eliav Eliaz Eliazar Elica Elicia Elicio Eliel Elieser Eliette Eliezer Elihu Elija
    Elijas Elika Elimar Elimelech Elinda Elinora Elinore Eliodoro Elion Eliona Elior Elios Elira
    Eliran Elisabel Elisangela Elisardo Elisavet Elisea Elisee Elisei Elisenda Eliseu Elisey
    Elishia Elisio Eliska Eliso Elison Elissavet Elisse Elitsa Eliu Elivia Eliya Eliyahu Eliyana
    Eljas Elka Elkan Elkanah Elky Ellah Ellaine Ellamae Ellan Ellana Elleanor Ellene Elleni
    Ellenie Ellenor Elley Ellia Ellian Elliana Ellias Ellice Ellika Ellin Ellinore Elliotte
    Ellisa Ellise Ellissa Ellora Ellouise Ellwood Ellyce Ellyn Elmarie Elmedin Elmedina Elmin
    Elmina Elmire Eloa Elod Elohim Eloina Eloine Elois Elouan Elowen Elphege Elpida Elpidia
    Elric Elsabe Elsi Elson Elspeth Elta Elvana Elvar Elve Elvedin Elvedina Elven Elvine Elvio
    Elvir Elvisa Elvita Elvyra Elwyn Elyana Elyane Elyce Elyes Elyna Elyon Elys Elysee Elysse
    Elyssia Elzie Emaan Emalee Emalia Emalie Embla Eme Emeli Emelin Emelita Emelyn Emerance
    Emeraude Emeric Emerich Emerick Emerik Emerita Emerito Emeterio Emica Emidio Emika Emiko
    Emila Emilee Emilene Emili Emilienne Emilijan Emiline Emilios Emiliya Emilja Emillie Emils
    Emilya Emilyn Emiri Emlyn Emmalee Emmaline Emmalyn Emmanouil Emmanuele Emmerson Emmit Emmitt
    Emna Emnet Emogene Emoke Emon Emory Emra Emric Emrik Emry Emrys Emylia Emylie Emyr Enam
    Enara Enas Enaya Endel Endi Endri Eneas Enedina Eneida Eneko Enesa Engracia Eni Enia Eniko
    Enilda Enio Enisa Enita Enja Enkelejda Enma Enn Enni Eno Enoc Enok Enolia Enri Enric
    Enrichetta Enrik Enrike Enriko Epaminondas Ephram Ephrem Epifania Eponine Epp Erald Erblin
    Erblina Ercilia Ercole Ercument Erda Erden Erdin Erek Erena Erendira Erez Eri Eria Eriana
    Eriberto Erico Erikka Eriko Erim Erine Erinna Erinne Eriona Erisa Erja Erjon Erjona Erkin
    Erkka Erkut Erla Erlan Erle Erlend Erlin Erlinda Erlis Erlon Ermal Ermias Erminia Erminio
    Ermir Ermira Ermis Ernad Ernani Erny Ero Eron Erona Errico Errin Erroll Erron Ersen Ersilia
    Erskine Erum Ervina Erwann Eryka Erykah Erynn Erynne Erza Erzsebet Esaias Esam Esbjorn
    Esdras Eshaal Eshaan Eshal Eskild Esmael Esmail Esmer Esmerelda Esmie Esmina Esosa Esperanca
    Esperance Esref Essam Essien Esta Estanislao Estefan Estefania Estel Esterina Estevan
    Estevao Esti Estibaliz Eston Estrela Estrellita Estrid Estuardo Etain Etan Etana Etel Ethann
    Ethelyn Ethen Eti Etoile Eton Etsuko Etti Euclides Eudoxia Eudoxie Eufemio Eufrasia Eugena
    Eugeni Eugenija Eugenijus Eugeniu Eugeniusz Eugeny Eula Eulalio Euloge Eulogia Eun Euna
    Eurico Euridice Evah Evaldo Evalyn Evandro Evania Evann Evanna Evanthia Evarista Evariste
    Evdokia Eveleen Eveli Evelise Evellyn Evely Evelyna Evelynne Evens Everardo Everette Everly
    Everlyn Everton Evette Evey Evgen Evgeni Evgenia Evgenii Evgenij Evgenija Evgeniy Evgeniya
    Evgeny Evgueni Evguenia Evica Evina Evlin Evlyn Evo Evolet Evon Evonne Evora Evvie Evyn Ewin
    Exauce Eya Eyad Eyal Eydie Eyla Eyleen Eylin Eylul Eyman Eyob Eystein Eytan Eythan Eyvind
    Ezan Ezana Ezara Ezel Ezer Ezia Ezinne Ezri Ezriel Fabiane Fabiene Fabijan Fabius Fabricia
    Fabrizzio Fadhel Fadhil Fadhila Fadia Fadima Fadri Fafa Fahed Faheem Fahir Fahmida Fahriye
    Fahrudin Faical Faida Faika Faina Faiyaz Faizal Fajar Fajer Fajr Fakhri Falah Fallou Fama
    Fana Fanchon Fane Fanel Fanette Fani Fania Fanica Fanie Fanta Fanuel Fany Fanya Farai
    Faramarz Faran Faranak Faraz Fardeen Fardowsa Fareed Fareeda Fareeha Farhaan Farhat Farheen
    Farhia Fariba Fariborz Faridah Farideh Fariha Farin Farjana Farnaz Faron Farooq Farouq Farra
    Farran Farrel Farron Farrukh Farshid Fartun Faruq Farwa Faryal Farzad Farzan Farzaneh Farzin
    Fata Fatbardh Fateh Fatemah Fatemeh Faten Fathia Fathima Fathy Fati Fatim Fatimata Fatimatou
    Fatina Fatjon Fatjona Fatlum Fatmagul Fatmah Fatmata Fatme Fatos Fatou Fatouma Fatumata
    Fausta Faustin Faustine Faustyna Fauzi Fauziah Favio Faviola Fawad Fawaz Fawwaz Fawzi Fawzia
    Fayaz Fayette Fayez Fayna Fayrouz Fayth Fayyaz Fayza Fazal Fazia Fazila Fearne Fede Fedir
    Fedra Fehime Fehmi Feifei Felecia Felia Felica Felician Felicien Felicio Felicite Felicja
    Felip Felise Felisha Feliza Felizia Fenella Fenix Feodora Ferah Feras Ferd Ferdane
    Ferdinande Ferdo Ferdynand Fereshteh Ferid Ferida Feridun Feriha Feriz Ferman Fermin Fermina
    Fernan Ferne Feroza Ferruccio Feryal Feta Fethi Fettah Feven Fevziye Ffion Fiach Fiacre
    Fiammetta Fiana Fianna Fida Fidele Fidelio Fides Filadelfo Filiberto Filimon Filipp Filippos
    Filomeno Finja Finnian Finnlay Fion Fionn Fiora Fioravante Fiorela Fiorentino Fiorina Fira
    Firdaws Firdous Firman Firmino Fitzroy Fiza Fizza Fjola Fjolla Flaminia Flaminio Flavian
    Flaviana Flaviano Flavien Flavius Fleta Fleurette Flordeliza Florene Florenta Florenza
    Florestan Floretta Florette Flori Floria Floriano Florice Floride Florijan Florije Florindo
    Florinel Florita Florjan Floro Florrie Flossie Floy Flutura Foad Foday Fode Folasade Folco
    Forough Fortunat Fosca Fosco Foteini Fotini Fotios Fotis Foued Fouzi Fozia Francelina
    Francene Francesc Francess Francette Francheska Francisque Franciszka Francky Frane Franki
    Frantisek Franzi Fraya Freddi Freeda Freida Freimut Frej Fride Friderika Fridtjof Friede
    Friedrun Frigyes Fritiof Fritjof Fritzi Froilan Froydis Fruzsina Fuencisla Fuensanta Fujiko
    Fujio Fulgence Fulvia Fumi Fumiaki Fumie Fumihiko Fumihiro Fumiko Fumio Fumito Fumiyo Furaha
    Furio Furqan Fusako Fusun Fyodor Gabbi Gabbie Gabbriella Gaber Gabie Gabija Gabina Gabriell
    Gabriello Gabrijel Gabrijela Gabrio Gabryel Gadi Gadiel Gae Gaela Gaelan Gaetan Gaetana
    Gaetane Gagandeep Gagik Gai Gaile Gaizka Galadriel Galal Galdino Galeazzo Gali Galia Galilea
    Galin Galit Galla Galya Galyna Gamaliel Gan Gana Ganna Garance Garbis Gard Garegin Garen
    Garet Garett Garey Gargi Garik Garin Garion Garo Garon Garren Garrie Garson Garth Gasper
    Gassan Gatien Gaudencio Gaudenz Gaute Gautham Gauvain Gaven Gavina Gavino Gavriel Gavriil
    Gavril Gavrilo Gavyn Gayane Gayatri Gayl Gayla Gayleen Gaylen Gaylor Gayna Gazal Gbenga
    Gedeon Geetanjali Geetha Geffrey Gela Gelila Gelindo Gellert Gelson Gemima Gena Genara Genc
    Genelle Genene Generosa Generoso Genesia Genesio Genevive Geni Genia Genna Gennadi Gennadiy
    Gennady Gennifer Genny Geno Genoveffa Genowefa Genti Gentil Gentrit Geny Genya Geof Geoffery
    Geon Geordan Georga Georganne Georgeann Georgeanne Georgena Georgene Georgetta Georgi
    Georgianna Georgii Georgij Georgije Georgiy Geovana Geovani Geovanna Geovanni Geralyn
    Gerasim Gerasimos Geraud Geremia Geremy Gergana Gergo Gerlando Gerli Gerolamo Gerome
    Geronima Gersende Gershom Gershon Gervaise Gervase Gerwyn Gessica Gesualdo Gethin Getoar
    Getulio Gevorg Gezim Ghada Ghadeer Ghadir Ghali Ghalia Ghania Gharib Ghassan Ghazal Ghazala
    Gherardo Ghina Ghofran Gholam Ghyslain Ghyslaine Giacinta Giacoma Giacomina Giambattista
    Giampietro Giana Gianandrea Gianantonio Gianbattista Giandomenico Gianella Gianfranca Giang
    Gianmaria Gianmario Giannino Giannis Gianpiero Gibril Giedre Giga Gigliola Gihan Gilad
    Gilberta Gildas Gildo Gili Gilliane Ginelle Gines Ginetta Ginevra Ginka Ginna Ginnie
    Gintaras Gintare Gintautas Gints Gioconda Giocondo Giona Giora Giordana Giorgi Giorgina
    Giorgos Giosue Giovacchino Giovan Giovana Giovanbattista Giovannina Giovannino Giray Girija
    Girlie Girolama Girts Gisel Giselda Giselher Gislaine Gisle Gislene Gissel Gitanjali Gittel
    Gitty Giuditta Giulian Giulianna Giusi Giustina Giusto Giusy Givi Gizelle Gjergj Gjermund
    Gjert Gjin Gjon Glady Glaucia Gleb Glena Glendon Glenford Glenis Glenna Glennie Glennis
    Glennys Glinda Glori Gloriana Glorianne Glorija Glyn Glynda Glynnis Gobind Goce Gocha
    Godefroy Godfred Gogi Gojko Gokmen Goksel Goksu Goktug Gokul Golam Golda Goldie Goldy Golnaz
    Goncalo Gontran Gonzague Goodluck Gopi Gopinath Gor Gora Gorana Goranka Gorden Gordie Gordy
    Gorel Gorete Gorica Goril Gorka Goro Gosia Gosta Gota Gote Gotz Gouri Govind Gowri Gowtham
    Graca Gracelyn Gracey Gracian Gracinda Gracjan Gracy Gradimir Graig Granit Grantley
    Granville Gratien Grayce Graydon Graziana Graziela Grazina Grecia Gregers Gregorios
    Grenville Gresa Grethel Greti Grettel Greyson Griff Grigol Grigor Grigori Grigorii Grigorij
    Grigorios Grigoris Grigoriy Grigory Grischa Grisell Grisha Grishma Grizel Grizelda Grozdana
    Gruffydd Gry Gualberto Gualtiero Guang Gudbjorg Gudbrand Gudmund Gudmundur Gudny Guendalina
    Guerino Guerric Guerrino Guhan Guia Guida Guihua Guilaine Guilford Guilhem Guilhermina
    Guiliana Guillem Guislaine Gulam Gulen Gulnar Gulnara Gulnaz Gulnur Gulsun Gultekin
    Gumersindo Gunars Gunay Gundars Gunder Guner Gunes Gungor Gunjan Gunnhild Gunvald Guodong
    Guoqiang Guram Guray Gurbir Gurcharan Gurdeep Gurdev Gurhan Guri Gurinder Gurjeet Gurjit
    Gurjot Gurkirat Gurleen Gurman Gurmeet Gurmukh Gurneet Gurnoor Guro Gurpal Gurpreet Gursel
    Gursimran Gurtej Gurvinder Gurvir Gurwinder Gustava Gustavs Guste Gusztav Guttorm Guylaine
    Guylene Guzel Guzin Gvidas Gvido Gwenael Gwenaelle Gwendal Gweneth Gwenllian Gwennaelle
    Gwennan Gwenneth Gwenola Gwenole Gwenyth Gwilym Gwion Gwladys Gwynne Gwynneth Gyongyi
    Gyongyver Gyorgy Gyorgyi Haakon Habeeb Habibah Habibullah Hacene Hachiro Hadar Hadas Hadasa
    Hadda Haddon Haddy Hadeel Haden Hadiatou Hadil Hadis Hadiya Hadja Hadleigh Hady Hadya Hadyn
    Hae Hafeez Hafez Hafiza Hafsah Hagit Hagop Haibo Haide Haidee Haidi Haidy Haifeng Haig Haila
    Haile Hailee Hailei Haili Hailie Haily Haim Haitao Haitham Haithem Haiyan Haiying Haizea
    Haja Hajara Hajera Hajime Hajira Hajnal Hajra Hajrudin Haki Hakob Hakon Halah Haldis Haldor
    Haldun Halee Haleema Haleh Haleigh Halena Halfdan Hali Halia Halida Halie Halimatou Halla
    Hallam Halldis Halldor Hallee Hallgeir Halli Hallvard Hally Halvar Halvard Halvor Halyna
    Hamad Hamada Hamdan Hamdy Hameed Hameeda Hamideh Hamidou Hamidreza Hamidullah Hammad Hammed
    Hamna Hamoud Hamouda Hamzeh Hanaa Hanaan Hanadi Hanah Haneef Haneen Hanga Hanh Hanibal
    Hanieh Haniel Hanif Hanifah Hanina Hanis Haniya Hanneli Hanniel Hano Hanoch Hansa Hansel
    Hansi Hansika Hansjorg Hany Hanya Hanz Hanzo Haoran Haoyu Haralambos Haralds Haram Harbhajan
    Harcourt Hardeep Hardev Hardip Harel Haresh Hariharan Harika Harilaos Harim Harinder Harith
    Hariton Harjeet Harjinder Harjit Harjot Harkirat Harland Harlee Harleen Harleigh Harlen
    Harli Harlie Harlin Harlo Harlowe Harly Harlyn Harmandeep Harmanpreet Harmeet Harminder
    Harmonie Harneet Haroon Harouna Harout Harpa Harpreet Harriett Harriot Harsha Harshal
    Harshini Harshit Harshita Harsimran Haru Harue Haruhiko Haruki Haruko Harumi Haruo Haruto
    Harutyun Haruyo Harveen Harvie Harvinder Harvir Hary Hasaan Haseeb Haseena Hashem Hashir
    Hasib Hasiba Hasmik Hasnaa Hasnain Hassaan Hassane Hassen Hassiba Hassina Hasti Hatsumi
    Hatti Hatto Hatty Hauke Haukur Haval Havanna Havard Hawar Hawra Hawraa Hawwa Haya Hayal
    Hayam Hayan Hayate Hayato Haydan Haydee Hayder Haydon Hayet Hayfa Hayk Haylie Hayne
    Hayrullah Haytham Haythem Hazael Hazem Hazim Hazuki Hebah Heber Heda Heddy Hedley Hedwige
    Heena Heera Heiki Heili Heilwig Hektor Hekuran Helaina Helaine Helana Heledd Heleena Heleni
    Helgard Helgi Helia Heliana Heliane Helias Heline Helio Helka Helli Hellin Helly Helmy Helya
    Heman Hemant Hemanth Hemen Hemma Hemming Hena Henar Hend Henda Heni Henock Henok Henriett
    Henriikka Henrikas Henryka Hephzibah Heran Herberth Herbie Herby Herculano Hercule Herfried
    Heri Herlinda Hermela Herminie Hermon Hernan Hernani Herry Hersh Hershel Hervey Hery Hesam
    Hesham Hessa Hessam Heston Heta Hetti Hevin Heydi Heywood Hiam Hibah Hibba Hichem Hideaki
    Hidehiko Hidekazu Hideko Hidemi Hidenori Hideo Hidetaka Hideto Hidetoshi Hideyuki Hiedi Hieu
    Higinio Hikari Hikaru Hikmat Hilari Hilarie Hilarion Hildebert Hildebrando Hildegunn Hildur
    Hildy Hilla Hima Himani Himanshu Himmat Hinako Hinata Hinda Hindy Hipolita Hipolito
    Hippolyte Hiran Hiren Hiro Hiroaki Hiroe Hirofumi Hirokazu Hiroki Hiroko Hiromasa Hiromi
    Hiromichi Hiromu Hironobu Hironori Hiroo Hirotaka Hiroto Hirotoshi Hirotsugu Hiroya Hiroyasu
    Hiroyuki Hisa Hisae Hisako Hisanori Hisao Hisashi Hisato Hisayoshi Hiten Hitomi Hitoshi
    Hiwot Hiyam Hizir Hjordis Hla Hoai Hoan Holli Homa Hongbin Hongwei Hongyan Hongyi Hongyu
    Honorata Honorato Honore Honorio Hooman Hoorain Hooria Hortencia Hosam Hosein Hosna Hosni
    Hossain Houssein Houssem Hovhannes Hozan Hrachya Hrafnhildur Hrant Hripsime Hristijan
    Hristina Hristiyan Hristo Huan Hughie Huiling Huimin Huiping Hulusi Huma Humam Humayun
    Humera Humza Huong Hur Husam Husnain Husni Husnu Hussam Hussan Hussen Hussien Huw Huyen
    Hyder Hye Hyeon Hylan Hysen Hyun Hyung Hywel Iacopo Iacov Iakovos Iana Ianna Iannis Ianto
    Iason Iasonas Iba Ibai Iban Ibon Ibou Ibragim Ibrahem Ibrahima Ibro Ibtihaj Ibtihal Ibtissem
    Icaro Ichiko Ichiro Iciar Idalia Idalina Idalmis Idan Idania Idar Idara Idelfonso Idella
    Idelle Idir Idiris Idoia Idoya Idrissa Idunn Ieda Iesha Iestyn Ieuan Ifan Ife Ifeanyichukwu
    Ifeoluwa Iffat Ifigenia Ifra Igal Igino Ignasi Ignat Ignazia Ignjat Ihar Ihor Ihssan Iikka
    Iina Iiro Iivo Ija Ijaz Ijeoma Ikechi Ikechukwu Ikhlas Iko Ikran Ikue Ikuko Ikumi Ikuo Ilaf
    Ilah Ilanit Ilario Ilda Ildar Ilde Ildo Ile Ilea Ilektra Ilhami Ilhana Ilianna Ilidio Ilies
    Ilijana Ilina Ilinka Ilio Ilirian Ilirjan Iliya Iliyan Iliyana Iliyas Iljo Ilko Illa Illan
    Illana Illeana Illes Illia Illiana Illona Illya Ilmi Ilmo Ilpo Ilyan Ilyssa Ilza Imaad Imade
    Imana Imanol Imari Imbi Imed Immacolata Immaculada Imogene Imola Impi Imrana Imri Imtiaz
    Inacio Inaki Inam Inari Inayat Inbal Inbar Inda Indalecio Inder Inderjeet Inderjit Inderpal
    Inderpreet Indio Indrani Indre Indu Indulis Indya Inesa Iness Inessa Ingar Ingebjorg
    Ingegard Ingfrid Ingi Ingibjorg Ingjerd Ingomar Ingri Ingrit Ingunn Ingvald Inigo Inis Iniya
    Inja Inma Innes Innis Innocenzo Inocencia Inocente Insiya Ioane Iola Iole Ionatan Ione Ioni
    Ionica Ionna Ionut Iori Ioseb Iosua Ioulia Iouri Ippei Ippolita Ippolito Iracema Irada
    Iraida Iraj Irakli Iraklis Iram Irantzu Irasema Irati Iren Irenee Ireneo Ireneusz Irenka Iri
    Iria Irie Irin Irisa Irit Irka Irlanda Irmelin Irmin Irna Iro Irshad Isabele Isabelita
    Isabelo Isael Isaia Isaias Isaie Isamu Isana Isao Isatou Isaure Isela Iselin Isham Ishay
    Ishbel Ishrat Ishtiaq Isidoros Isidra Isilda Isin Isioma Iska Iskender Iskra Islah Isma
    Ismaeel Ismaila Ismar Ismat Ismenia Ismini Iso Isobell Isobella Isobelle Isola Isolda Isotta
    Israfil Israr Isreal Issah Issaka Isse Issei Issey Issiaka Issouf Issra Isto Isuf Isy Itai
    Itala Italo Itamar Itay Itohan Itsuki Itsuko Itsuo Itta Itxaso Itzhak Itzik Iuri Iurii
    Ivailo Ivane Ivanhoe Ivania Ivayla Ivaylo Ivelin Ivelina Ivelise Ivelisse Ivet Ivett Ivi
    Ivie Ivin Ivis Ivonna Iwao Ixchel Iya Iyad Iyan Iyana Iyas Iyed Izaan Izabele Izabell
    Izabelle Izadora Izaiah Izan Izaskun Izet Izhak Izhar Izolda Izumi Izza Izzah Izzat Jaad
    Jaanika Jaba Jabar Jabari Jabbar Jabez Jabier Jabril Jacalyn Jacen Jaci Jacie Jacinda Jacint
    Jackee Jackelin Jackelyn Jacki Jacklin Jaclynn Jacqualine Jacque Jacquelene Jacquelin
    Jacquelyn Jacquelyne Jacquelynn Jacquelynne Jacquetta Jacquie Jacquiline Jacquline Jacqulyn
    Jacub Jacynthe Jadd Jadiel Jadine Jadran Jadranko Jadyn Jadzia Jaelle Jaemin Jaeson Jaewon
    Jagan Jagdeep Jagjeet Jagjit Jagmohan Jagna Jagoda Jagtar Jah Jahan Jahanara Jahel Jahid
    Jahir Jahleel Jahmal Jahnavi Jahnvi Jaid Jaide Jaideep Jaidon Jaidyn Jaima Jaimi Jaina
    Jainaba Jaine Jaison Jaki Jakie Jakim Jakke Jakki Jakobe Jakson Jakup Jala Jaleel Jaleh
    Jalynn Jamaine Jaman Jamari Jame Jamee Jameela Jamela Jamelia Jamelle Jamen Jamiel Jamillah
    Jamille Jamir Jammie Jammy Jamshed Jamuna Janae Janah Janai Janaina Janak Janan Janat Janay
    Jancy Jandre Janean Janeane Janee Janeen Janella Janene Janessa Janete Jang Jania Janica
    Janicke Janiel Janielle Janika Janira Janire Janise Janisha Jannatul Jannel Jannelle Jannica
    Jannice Jannicke Jannika Jannike Jannina Janu Januario Janvi Janvier Janyce Jaquan Jaquelin
    Jaquelyn Jarad Jardel Jarek Jarel Jarell Jaren Jaret Jareth Jarett Jarina Jarle Jarome
    Jaromira Jarrad Jarred Jarren Jarret Jarron Jarryd Jaryd Jasa Jasbir Jasdeep Jasem Jasen
    Jasenka Jaser Jasha Jasia Jasim Jasir Jaskaran Jaskiran Jaskirat Jasleen Jaslene Jaslyn
    Jasmeen Jasmeet Jasmen Jasmyne Jasneet Jaspal Jaspar Jaspreet Jasraj Jassem Jassen Jasser
    Jassim Jasson Jasvinder Jasvir Jaswant Jaswinder Jatinder Jatta Javad Javaid Javed Javen
    Javeria Javid Javin Javis Javon Jawwad Jayan Jayana Jayani Jayanta Jayanthi Jayashree Jaycie
    Jaydeep Jayke Jayleen Jaylene Jaymee Jaymes Jaymi Jaymin Jaynie Jazmine Jazmyn Jazmyne Jazon
    Jazzmin Jea Jeananne Jeanelle Jeanett Jeanie Jeaninne Jeanmarie Jeanpierre Jedd Jedrzej Jee
    Jeena Jeffy Jefry Jehane Jehona Jeimy Jekabs Jela Jelica Jema Jemal Jemel Jemil Jemila
    Jemina Jenae Jenai Jenan Jenara Jenay Jency Jene Jenean Jeneba Jenefer Jenell Jenelle
    Jenessa Jenet Jenevieve Jeni Jenia Jenica Jenice Jenika Jenilee Jenina Jennelle Jennette
    Jennica Jennika Jennilee Jennine Jennipher Jeno Jensine Jeny Jeon Jeong Jeorge Jep Jephte
    Jer Jera Jerad Jerald Jeraldine Jeramie Jeramy Jerard Jerel Jerell Jeremiasz Jeri Jerico
    Jeriel Jerilyn Jerimiah Jerko Jerod Jerold Jeronim Jeronima Jerrard Jerred Jerrell Jerri
    Jerrica Jerrie Jerrod Jervis Jery Jes Jesi Jesica Jesika Jesko Jeson Jessalyn Jessamyn
    Jesseca Jessee Jessenia Jessyca Jessye Jessyka Jeta Jevan Jevgenija Jevgenijs Jevin Jewelle
    Jezabel Jhoanna Jhonathan Jiahao Jiahui Jiajia Jiajun Jiali Jiaming Jiana Jianan Jianfeng
    Jianhua Jianjun Jianlin Jianna Jianping Jianwei Jianwen Jiaqi Jiarui Jiawei Jiawen Jiaxin
    Jiayi Jiaying Jibran Jieun Jigar Jigme Jigna Jihyun Jilian Jilla Jimin Jimm Jimy Jinbo Jinda
    Jindrich Jingjing Jingyi Jingyu Jinho Jinhua Jinju Jinny Jino Jinyu Jireh Jirina Jirka Jiten
    Jitender Jitendra Jiwan Jiwon Jiyoung Joal Joanes Joani Joannah Joannie Joar Jobeth Jobie
    Joby Jocelin Joceline Jocelynn Jodee Jodelle Jodene Jodine Jodok Joela Joele Joelene Joelie
    Joeline Joellen Joelma Joely Joelyn Joeseph Joesph Joetta Jofre Joginder Joh Johane Johanny
    Johara Johna Johnatan Johnette Johnie Johnn Johnna Johnni Johnpaul Joi Joji Jojo Jokin
    Jokubas Jole Jolee Jolena Jolyne Jolynn Jolyon Jomana Jomar Jonael Jonan Jonatas Jonatha
    Jonathen Jonay Jone Jonel Jonell Jonelle Jonette Jonida Jonina Jonis Jonn Jonnathan Jonni
    Jonpaul Jons Jonte Jonty Joo Joon Jordane Jordanka Jordann Jordanna Jordanne Jordano Jordis
    Jordyn Jorel Jorga Jorgelina Jorgia Jorgie Jorgina Jorid Jorje Jorun Josa Josafat Josaphat
    Joscelin Josceline Joscelyn Joscelyne Joschka Joschua Joseba Joselin Joselito Joselle
    Joselyne Josephin Joshuah Josi Josian Josif Josimar Joslin Joslyn Josselin Josseline
    Josselyn Josselyne Jossie Josslyn Jostein Josu Josuah Josuha Josune Josy Jotham Joud Joumana
    Jourdain Jovanna Joven Jovica Jovie Jovin Jovina Jovo Jowita Joycelyn Joyel Joze Jozsef
    Juanjo Jubal Judee Judicael Judite Judyta Juel Juhan Juhi Jujhar Jul Julee Julen Julene
    Juliann Julieann Julieanne Juliene Julijan Julina Julitta Juliya Julka Julya Juman Jumana
    Jumanah Junichi Junio Junis Junji Junjie Junko Junpei Junwei Junya Junyi Junyu Jurate Jurga
    Jurgis Jurica Jurijs Juro Jusra Jussara Justi Justiniano Justino Justis Justyn Justyne Juta
    Juvencio Juventino Juwan Jwan Jye Jyotsna Jyri Kaare Kaarel Kaaren Kaarin Kaarle Kacem Kacey
    Kacia Kacie Kacy Kadar Kaddy Kadee Kadeem Kaden Kadence Kadesha Kadia Kadiatou Kadidia
    Kadidja Kadie Kadijah Kadim Kadin Kadisha Kadra Kae Kaede Kaeden Kael Kaela Kaelen Kaeli
    Kaelin Kaely Kaelyn Kaethe Kaetlyn Kagan Kage Kah Kahil Kahlan Kahlil Kaho Kaid Kaidan Kaide
    Kaidi Kaido Kaie Kaige Kaii Kaila Kailah Kailani Kailas Kaile Kailee Kaileigh Kailen Kaili
    Kailie Kailin Kailyn Kaina Kainat Kaio Kaira Kaire Kairi Kairo Kais Kaisha Kaisu Kaitlan
    Kaito Kaius Kaiwen Kaiya Kakha Kal Kalam Kalani Kalea Kaleah Kaled Kalee Kaleen Kaleena
    Kaleigh Kalel Kalem Kalen Kalena Kalev Kaley Kalia Kalib Kalid Kalie Kalifa Kalil Kalila
    Kalin Kalinda Kaliopi Kalisha Kalissa Kalista Kaliya Kalju Kallan Kallie Kalliopi Kallista
    Kallum Kally Kaloyan Kalpana Kalum Kalvin Kaly Kalya Kalyan Kalyana Kalyani Kalyn Kalyna
    Kamaal Kamali Kamaljit Kamani Kamara Kamber Kambiz Kamden Kameko Kamelia Kamen Kamilah
    Kamilia Kamille Kamilo Kamilya Kamini Kamlesh Kamma Kamrul Kamryn Kamuran Kamyar Kanae
    Kanako Kaname Kanami Kanan Kanchan Kandace Kande Kandi Kandice Kandis Kanika Kanisha
    Kanishka Kanita Kanji Kanna Kano Kanta Kanti Kanwal Kanya Kanye Kaoru Kaouther Kapil Karah
    Karalee Karalyn Karamjit Karamo Karandeep Karar Karas Kardo Kare Kareema Kareen Kareena
    Karelle Karem Karena Karene Karenza Karey Karie Karime Karinna Karinne Karis Karisma Karissa
    Karita Karle Karlee Karleen Karleigh Karlen Karlene Karli Karlie Karlin Karlina Karlis
    Karlos Karlotta Karly Karlyn Karmel Karmela Karmele Karmin Karmina Karn Karo Karole Karoly
    Karolyn Karon Karra Karrar Karren Karri Karrie Karrin Karsen Karson Kartar Karter Karthik
    Karthika Karun Kary Karyl Karyna Karyne Karys Karzan Kasandra Kaseem Kasem Kash Kashi Kasi
    Kasia Kasie Kasmira Kason Kasparas Kaspian Kasra Kassem Kassi Kassia Kassian Kassiani
    Kassidy Kassie Kassy Kastor Kasturi Kasumi Kataleya Katara Katayoun Katee Kateline Katell
    Katelyne Katelynne Kateri Katerin Kateryna Katey Kath Katha Kathaleen Katharin Katharyn
    Kathe Katheleen Katheryn Katheryne Kathia Kathie Kathlen Kathlene Kathlyn Kathrina Kathrine
    Kathryne Kathya Kathyrn Katiana Katija Katina Katiuscia Katiuska Katjana Katka Katla Katlin
    Katlyn Katlynn Katrena Katriana Katrice Katryn Katryna Katsiaryna Katsuhiko Katsuhiro
    Katsuhisa Katsuhito Katsuji Katsuko Katsumi Katsutoshi Katsuya Katsuyuki Kattie Kaua Kauan
    Kausar Kaushal Kaushik Kaustubh Kavan Kaveh Kaveri Kavi Kavin Kavitha Kawan Kawika Kawsar
    Kawther Kayce Kaycee Kayci Kaycie Kayde Kaydence Kaylah Kayle Kaylea Kayleen Kaylem Kaylene
    Kayli Kaylyn Kaylynn Kayna Kayode Kayoko Kayron Kaysha Kaysie Kayson Kayte Kaytee Kaytlin
    Kaytlyn Kayvan Kayvon Kazeem Kazem Kazimiera Kazimieras Kazmer Kazuaki Kazue Kazuhiko
    Kazuhiro Kazuhisa Kazuhito Kazuki Kazuko Kazuma Kazumasa Kazumi Kazunari Kazunori Kazuo
    Kazushi Kazushige Kazutaka Kazuto Kazuyo Kazuyoshi Kazuyuki Kazys Keagan Keala Keana Keanan
    Keanna Keara Keavy Kebba Kecia Kedar Kedra Keean Keela Keelie Keelin Keena Keera Keeran
    Keerthana Keesha Kegan Kehinde Keifer Keigo Keiichi Keiji Keiko Keil Keila Keilah Keilan
    Keily Keina Keir Keiran Keiron Keishi Keisuke Keita Keitha Keivan Keizo Kel Kelan Kelby
    Kelcey Kelci Kelcie Kelcy Kelda Keleigh Kelen Keli Kelia Kelian Kelin Kelis Kelisha Kelita
    Kellan Kelle Kellee Kelleigh Kellen Kellyann Kellyanne Kellye Kellyn Kelsea Kelsi Kelsie
    Kelson Keltie Kelton Kelvyn Kelyn Kemar Kemi Kemo Kemuel Kena Kenda Kende Kendel Kendell
    Kendon Kendric Kendy Kendyl Kenechukwu Kengo Keni Kenisha Kenjiro Kennard Kennedi Kenni
    Kennie Kennith Kenric Kenroy Kensie Kensley Kensuke Kenta Kentaro Kentin Kento Kenton Keny
    Kenyatta Keon Kepa Keran Kerby Keren Kerena Kerian Keriann Kerianne Kerina Keris Kerith
    Kerli Kermit Keron Kerrian Kerriann Kerrianne Kerrin Kerron Kerryann Kerryn Kersti Kert
    Kervin Keryn Kesa Kesha Kesia Kessia Keston Kestutis Keta Ketan Ketevan Keti Ketil Ketsia
    Ketty Keturah Kety Keva Kevan Keven Kevina Kevon Kevork Kevyn Kewin Kexin Keyana Keyanna
    Keyla Keylan Keyna Keynan Keyon Keyra Keysha Keyshawn Keyshia Keyur Keyvan Keywan Kha
    Khachik Khadar Khadeeja Khader Khadiga Khadijah Khadim Khadir Khady Khai Khaila Khaira
    Khairi Khairul Khalaf Khaleel Khaleesi Khali Khalida Khalidah Khalifa Khaliq Kham Khansa
    Khara Khari Kharis Khary Khatija Khattab Khatuna Khawar Khawla Kheir Kheira Kheng Khia
    Khiara Khiem Khin Khira Khizar Khoi Khosrow Khris Khristian Khristina Khrystyna Khuong
    Khuram Khurram Khurshid Khushboo Khwaja Kiam Kiani Kianna Kiarra Kicki Kida Kidane Kiele
    Kienan Kieren Kierra Kiersten Kiesha Kieth Kieu Kifah Kiichi Kiira Kiko Kikue Kikuko Kikuo
    Kila Kile Kilyan Kima Kimara Kimba Kimbal Kimberlee Kimberleigh Kimberlie Kimberlyn Kimbra
    Kimia Kimie Kimiko Kimio Kimiya Kimmi Kimmie Kimon Kinan Kincso Kindra Kinji Kinley Kinsley
    Kinza Kion Kirandeep Kirat Kire Kiren Kiriaki Kiriakos Kirian Kiril Kirill Kirin Kiro Kiron
    Kirsteen Kirstina Kirstyn Kirt Kiryl Kisa Kisha Kishor Kishore Kita Kito Kitt Kiva Kivanc
    Kiya Kiyah Kiyo Kiyoko Kiyoshi Kiyotaka Kjartan Kjerstin Klarisa Klaudija Klaudio Klaudiusz
    Klavdia Klayton Klea Kleber Kleio Klementina Klementine Kleo Kleopatra Klevis Klint Kloe
    Knute Koa Kobi Kobie Kobina Koby Koda Kodi Kodie Kodjo Kody Koffi Koh Koharu Kohei Kohen Koi
    Koichi Koichiro Koji Koki Kokichi Kokou Kol Kolby Koldo Kolin Kolja Kolos Kolton Kolya Kona
    Konan Konnie Konnor Konsta Konstance Konstancja Konstantia Konstantina Konstantine Korab
    Koral Korben Korbin Kordelia Kordian Korey Korhan Korie Korin Kornelijus Korneliusz Korrie
    Kortney Kory Kosa Kosma Kosmas Kossi Kosta Kostadin Kostadinka Kostantinos Kostas Kostiantyn
    Kostja Kosuke Kotaro Kotomi Kou Koula Kourosh Kourtney Koushik Kouta Kozo Kozue Kraig
    Krasimir Krasimira Krassimir Kremena Krenar Kreshnik Kresimir Krikor Krishma Krisna Kriss
    Krissa Kristal Kristanna Kriste Kristeen Kristell Kristelle Kristiana Kristianna Kristiano
    Kristians Kristinn Kristjana Kristo Kristofers Kristoff Kristofor Kristos Kristyn Kristyna
    Krisztian Krithika Krizia Kron Krste Krsto Krum Krunoslav Krys Krysia Kryspin Krysta
    Krystelle Krysten Krystie Krystin Krystina Krystine Krystof Krystyn Ksenia Kseniia Kseniya
    Ksenja Kudakwashe Kudret Kukka Kuldeep Kuldip Kulli Kulsum Kulvinder Kulwant Kulwinder Kum
    Kumail Kumba Kunal Kuniaki Kunihiko Kunihiro Kuniko Kunio Kurumi Kush Kushal Kusum Kuzma
    Kveta Kwami Kwang Kya Kyah Kyanna Kyaw Kye Kyell Kylah Kylee Kyleigh Kylen Kylene Kyler Kylo
    Kymberley Kyna Kyohei Kyoichi Kyoji Kyoko Kyosti Kyrah Kyren Kyria Kyriaki Kyriakos Kyrie
    Kyril Kyrillos Kyron Kyros Kyrre Kyrsten Kyrylo Kysha Kyu Kyung Labiba Lacee Lachezar
    Lachlann Laci Lacie Ladi Ladislao Ladji Lado Ladonna Lael Laela Laerke Laerte Laeticia Lahja
    Lahna Laia Laiba Laida Lailah Laili Laily Laima Laimis Laimonas Laimute Lain Laina Lainey
    Laira Lais Laisa Laiza Lakesha Lakhbir Lakhdar Lakhvir Lakhwinder Lakiesha Lakshman Laksmi
    Lalaina Laleh Lali Lalia Lalie Lalit Lalitha Lallie Lamara Lamarr Lambros Lamees Lamiaa
    Lamija Lamiya Lamorna Lamprini Lanae Lanah Lanelle Lanette Lanfranco Lania Lanie Lanika
    Lanita Lansana Lany Lanya Lapo Laquita Larae Larah Laraib Laraine Lareen Lareina Larena
    Larina Laris Laritza Laron Larraine Lary Larysa Laryssa Lasha Lashana Lashawn Laslo Lasma
    Lassana Latanya Lateesha Latesha Latha Lathan Laticia Latina Latitia Latonia Latonya Latrell
    Latrice Lauchlan Lauma Launa Laural Lauralee Laurana Laurance Laurane Laurea Laureana
    Laureline Laurell Laurelle Laurena Laurene Laurenne Laurentino Laurentiu Laureta Laurey
    Lauria Laurianne Laurice Laurids Laurieann Laurier Laurisa Laurissa Lauritz Lauro Lavar
    Lavena Lavera Lavern Lavon Lawan Lawanda Lawerence Lawrance Lawren Laxman Laya Layah Layal
    Layan Layane Laye Laylah Layli Layna Laynie Layra Lazara Lazare Lazaro Lazaros Lazer Leanda
    Leandre Leandros Leane Leanor Leanora Leara Learta Leasa Leatha Leatrice Lecia Leea Leeann
    Leeanna Leeanne Leelah Leeland Leelee Leelo Leeloo Leeni Leeon Leesa Leesha Leeya Leeza
    Lefteris Leha Lehel Leiah Leib Leigha Leighan Leighann Leighanne Leilah Leilanie Leili
    Leilla Leina Leira Leisa Leisha Leith Leiv Leiya Leja Lelah Lelde Lele Lelio Lella Lello
    Leman Lembit Lemi Lenaic Lenart Lenda Lendon Lenea Leng Lenia Lenina Lenise Lenita Lenja
    Lenke Lenni Lennis Leno Lenon Lenox Lenwood Lenya Leobardo Leocadie Leola Leonara Leonas
    Leonce Leonela Leonell Leonella Leonello Leonetta Leonette Leong Leonice Leonida Leonide
    Leonides Leonila Leonilda Leonilde Leonis Leonit Leonita Leonna Leor Leorah Leos Leota
    Leovigildo Lepa Leposava Lera Lerato Leron Lesa Lesbia Lesha Leslee Lesleigh Lesli Leslye
    Leston Lesya Leta Letecia Letha Letisha Letterio Letticia Leutrim Leva Levana Levinia Lewie
    Lewin Lewys Lexa Lexia Lexx Leyah Leyan Leyana Leyda Leylah Leyland Leyna Lezlie Liah Liala
    Liann Liano Liara Liat Liav Liba Libbi Libbie Libe Libera Liberata Liberato Libero Libertad
    Libi Liboria Liborio Lica Licinia Licinio Lidiana Lidiane Lidie Lidio Lidiya Lidmila Liel
    Liela Lielle Liesl Liette Liev Liezel Liezl Lifeng Liga Ligaya Liia Liina Liis Liisi Lija
    Lijana Lijuan Lijun Lilach Lilah Lilan Lilas Lile Lilea Lilette Liliam Lilianna Lilias
    Lilibeth Lilie Lilien Lilit Liliya Lillia Lilliam Lilliana Lilliane Lillianna Lillianne
    Lillith Lilu Lilya Lilyan Lilyana Lilyane Lilyann Lilyanna Lilyanne Lilybeth Limei Liming
    Limor Linard Linards Linc Lindie Lindis Lindiwe Lindon Linea Linetta Linford Lingling Lini
    Linley Linlin Linnette Linnie Linor Linos Linoy Linsay Linwood Linzi Linzy Lionella Lionelle
    Lionello Lionnel Liping Liran Liria Lirije Lirio Lisamarie Lisann Lisel Liselle Lisen Lisett
    Lisha Lisi Lisia Lison Lissandra Lisset Lisseth Lissett Lissie Lital Lito Litsa Liuba Liubov
    Liucija Liudas Liudmila Liudmyla Liutauras Livan Livi Livian Liviana Livie Livija Livya
    Liwen Lixia Liyah Liyan Liying Liyu Lizandra Lizardo Lizbeth Lizi Lizie Lizy Lizza Lizzi
    Ljerka Ljilja Ljuba Ljuban Ljubinka Ljubinko Ljubo Ljubomir Ljupka Llana Llewellyn Llewelyn
    Lleyton Llinos Llorenc Lluc Llucia Lluis Lluisa Lluna Lluvia Llywelyn Loai Loana Loanne Loay
    Loc Lochlainn Lochlan Lodovica Loick Loik Loisa Lojain Lokesh Lolla Loma Londa Longin
    Longina Lonie Lonna Lonni Lorainne Loralee Loralie Lorana Lorand Loranne Lorant Lorayne
    Lorea Loreana Loree Loreena Lorelai Lorelay Loreley Lorelie Lorell Lorella Lorelle Lorely
    Lorence Lorene Lorenna Loresa Loreta Loria Lorian Loriana Loriane Loriann Lorianne Loriano
    Lorilee Lorimer Lorina Lorinda Loring Lorisa Lorissa Lorita Lorrain Lorren Lorretta Lorri
    Lorrin Lorris Loryn Lorys Lotten Louai Louan Louann Louanna Louanne Louca Loucas Louison
    Loukas Loukia Loula Lounes Lourenco Loveday Loveleen Lovie Lovise Lowen Lowis Lowri Lowrie
    Loyce Luane Luann Luanna Luanne Lubica Lubin Lubomir Lubomira Lubor Lubos Lubov Lucan Luccas
    Lucelia Luchia Luciane Lucianna Luciene Lucijan Lucine Lucious Lucita Lucja Lucjan Lucka
    Lucrece Lucus Lucyna Luder Ludivina Ludovika Ludwik Ludwika Ludwin Luena Luiggi Luisella
    Luisito Luissa Lujain Luk Lukacs Lulia Lulla Lum Luma Luminita Lumir Lurdes Lurlene Lurline
    Lusi Lusia Lusiana Lusine Lutfiye Luu Luul Luzmila Lyah Lyall Lyanna Lyell Lyes Lygia Lylah
    Lylia Lylian Lyndel Lyndell Lynden Lyndi Lyndia Lyndie Lyndsie Lyndsy Lyndy Lynell Lynelle
    Lynna Lynnea Lynsay Lynton Lyonel Lys Lysandra Lysandre Lyse Lysiane Lyuba Lyuben Lyubomir
    Lyubomira Lyubov Lyudmila Lyudmyla Lyvia Maame Maaret Maarika Maarja Maayan Mable Mabrouk
    Mabrouka Macaire Machiko Maci Macie Maciek Maciel Mackenzi Mackinley Macky Macrina Mada
    Madaleine Madalen Madalin Madalina Madaline Madalyn Madalynn Madeeha Madelen Madelina
    Madelyne Madelynn Madelynne Madhumita Madhur Madilyn Madis Madisen Madisyn Madita Madjid
    Madlaina Madlena Madlyn Mado Madoc Madoka Madona Madyson Maebh Maeghan Maela Maelia Maelie
    Maelis Maelle Maely Maelys Magd Magdala Magdaleno Magdalina Magdalini Magdeleine Magdi Maged
    Magen Maggi Magid Magin Magloire Magna Magnar Magnhild Magni Magno Magomed Maguelonne
    Maguette Maguy Mah Mahadev Maham Mahamad Mahamadou Mahammad Mahammed Mahamoud Mahasin
    Mahathi Mahaut Mahdia Mahdieh Mahdiya Mahfuza Mahima Mahin Mahira Mahjoub Mahlet Mahlia
    Mahlon Mahmod Mahnoor Maho Mahomed Mahreen Mahrukh Mahshid Mahtab Mahvash Mahwish Mahya
    Mahyar Maialen Maiara Maic Maica Maicon Maider Maiga Maiju Maila Maile Mailen Maili Mailin
    Mailis Maily Mailyn Mailys Maimoona Maimouna Mairi Maisey Maisy Mait Maita Maitane Maithe
    Maithili Maitiu Maitri Maive Maiwenn Maiya Maiza Maizie Majbritt Majed Majka Majlinda Maka
    Makaio Makala Makan Makar Makarios Makeba Makeda Makenna Makenzie Makhan Makiko Makka Makoto
    Makram Maksimilian Maksimilijan Maksims Maksym Makyla Malaak Malakai Malan Malang Malani
    Malavika Malcom Malda Maleah Malee Maleeha Maleek Maleka Malen Malfrid Maliah Malica Malick
    Malie Maliha Malikah Malini Maliq Malisa Malise Malisha Maliya Maliyah Malka Malkhaz Malkit
    Malla Mallika Mallorie Malorie Malvern Malvika Malvin Malvine Maly Mamadi Mamadu Mamady
    Mamdouh Mame Mami Mamia Mamiko Mamoru Mamoudou Mamoun Mamta Mamuka Manaal Manahil Manali
    Manami Manas Manasa Manasi Manasseh Manasvi Manav Mandana Mandee Mandeep Mandi Mandisa
    Maneesh Maneet Manelle Manfredi Manfredo Manfried Manh Manha Manijeh Manik Manika Maninder
    Manjeet Manjinder Manjit Manjot Manju Manjula Manlio Manmeet Manmohan Mannat Manoel Manoela
    Manohar Manolis Manolita Manos Manraj Manreet Manrico Mansoor Mansor Manuele Manveer Manvir
    Manzoor Maor Maqsood Maralyn Maranatha Maranda Maravillas Maraya Marbella Marcal Marcas
    Marcee Marcele Marceli Marcelin Marcellin Marchelle Marci Marcien Marcine Marcis Marcy
    Mardochee Mardy Marea Mareena Marei Marena Maressa Mareta Maretta Mareva Marfa Marg
    Margalida Margalit Margarett Margarette Margarit Margarite Margarito Margeaux Margerie Margi
    Margorie Margueritte Marharyta Mariagrazia Marialuisa Mariame Marianella Mariangel Mariani
    Mariannick Marianthi Mariapia Mariarosa Mariarosaria Mariateresa Mariatou Maribelle Maribeth
    Maricar Maricarmen Maricia Maricka Maricris Marida Mariea Marieann Marielena Mariell
    Mariellen Mariely Marieme Marienne Mariesa Marieve Marigona Mariia Marijane Marijeta Marijo
    Marijus Marikka Marilda Marilee Marili Marilia Marilin Marilina Marilis Marilisa Marilla
    Marilu Marilyne Marilynne Marim Marinel Marinelle Marinna Marinos Mariolina Mariona Marios
    Mariquita Marisabel Maristella Marite Marites Maritsa Maritxu Mariuccia Marium Marivel
    Marivi Marivic Mariya Mariyah Mariyam Mariyan Mariyana Marizela Marj Marjane Marje Marjetka
    Marji Marjie Marjolaine Marju Markel Markell Markella Marketa Markian Markie Markita Markos
    Markuss Marky Marlaina Marlaine Marlan Marlana Marlea Marlee Marlei Marleigh Marlenis Marlia
    Marlyne Marlys Marmaduke Marna Marnee Marney Marny Maros Marquita Marrion Marrisa Marrissa
    Marsa Marsel Marsela Marsia Martinho Martiniano Martita Martyna Martyne Maru Marua Maruan
    Maruf Maruja Marus Marusa Maruska Maruta Marva Marvella Marven Marvi Marvyn Marwah Marwane
    Maryana Maryanna Marybel Marybelle Marybeth Maryelle Maryellen Maryia Maryjane Maryjo Maryka
    Marykate Maryla Marylee Marylene Marylise Marylyn Maryna Maryon Maryrose Marysa Marysol
    Maryssa Maryum Maryvonne Marzia Marzieh Marzio Masaaki Masae Masafumi Masaharu Masahiko
    Masahiro Masahito Masakatsu Masakazu Masaki Masako Masal Masami Masamichi Masamitsu Masanao
    Masanobu Masanori Masao Masaru Masashi Masataka Masato Masatoshi Masaya Masayo Masayoshi
    Masen Mashal Masih Masood Masooma Masoumeh Massi Massoud Massy Masud Masum Masuma Masumi
    Masuo Matan Matar Mateen Matheos Mathyas Matia Matina Matis Matiss Matjaz Matrona Matsuo
    Mattea Mattew Matthaeus Matthaus Mattin Matvei Matvej Matvey Matyas Matylda Maulik Maung
    Mauren Maurene Mauricia Maurie Maurita Maurizia Mavi Mavie Mavrick Mawa Mawada Maxene Maxie
    Maximiliane Maximillion Maximin Maximina Maximos Maxmilian Maxton Maxym Maxymilian Mayada
    Mayah Mayana Mayank Mayar Mayara Maybelle Maycon Mayda Mayela Maylee Maylene Mayli Maylie
    Mayling Maylis Mayme Mayowa Maysaa Maysan Maysie Maysoon Mayssa Maytal Mayu Mayuko Mayumi
    Mayur Mayuri Mayya Mazal Mazarine Mazhar Maziar Mazie Mazin Mckayla Meadhbh Meagen Meave
    Mechelle Medardo Mederic Medha Medhi Medi Mediha Medin Meegan Meeka Meeli Meena Meenakshi
    Meenu Meeri Meesha Meeta Megane Megann Meganne Meggan Meghann Meghna Megi Megumi Megyn Meha
    Mehak Mehar Mehboob Mehdy Meher Mehgan Mehmood Mehnaz Mehrab Mehrdad Mehreen Mehri Mehriban
    Mehtab Mehul Mehwish Meighan Meihua Meiju Meika Meiko Meila Meilan Meilani Meilin Meimei
    Meirion Meisha Meital Mejdi Meka Mekayla Mekki Meklit Mela Melahat Melaine Melana Melanija
    Melannie Melea Meliah Melica Melicia Melida Meline Melisande Melise Melisha Melitina Meliton
    Meliza Mellody Melodee Melodi Melodia Melonie Melony Melora Melquiades Melrose Melusine
    Melva Mely Melynda Melyssa Memduh Memis Menachem Menahem Menaka Menashe Menderes Mendi
    Menelaos Menelik Menka Mensur Menucha Meo Merab Merav Mercan Merce Mercede Mercedesz
    Mercedez Mercia Meredyth Merica Merideth Meridith Meriel Merih Meril Merilee Merilin Merilyn
    Merima Merin Merina Merinda Meris Merisa Merissa Meritxell Merjem Merla Merlene Merli
    Merlina Merlinda Merline Merly Merna Meron Merri Merrie Merril Merrilee Merrilyn Merrin
    Merrit Merryl Merryn Mersiha Mervan Mervat Merveille Merwan Merwyn Meryle Meryll Meryn
    Meseret Mesha Meshach Meshal Messaoud Messi Messias Metodi Meurig Mevlude Mevludin Meya
    Meylin Mhairi Mhamed Mher Mian Miana Mic Micaella Micaiah Micayla Michaelangelo Michaeline
    Michaelle Michale Michalina Michalis Michelly Michi Michie Michihiro Michiko Michio Michiru
    Michiyo Mici Micka Mickaela Micke Micki Mickie Mico Micol Micole Mida Midhat Midori
    Mieczyslaw Mieczyslawa Mieka Mieko Miesha Miette Migdalia Migel Migle Miglena Miguelina
    Mihailo Mihails Mihal Mihalis Mihaly Mihika Mihir Miho Mihoko Mihovil Mihran Mihret Miikka
    Miina Miira Mijat Mikaeel Mikaella Mikah Mikaila Mikala Mikayel Mikayil Mikeal Mikela Mikele
    Mikelis Mikhael Mikhaela Mikhaila Mikheil Mikie Mikiko Mikio Mikis Mikka Miklos Mikola
    Mikolaj Mikolas Miks Miksa Miku Mikulas Mikyla Miladin Milagro Milagrosa Milah Milaim Milane
    Milani Milania Milanka Milcho Mildrid Mileena Milen Milenko Mileta Mileva Milford Mili Milia
    Milian Miliana Milicent Milija Milijan Milijana Milind Milinda Milissa Milita Militza
    Milivoj Milivoje Miljan Miljana Millan Millena Milli Millia Miloje Milomir Milosh Milosz
    Milot Miltiadis Miltos Milutin Milva Milvia Mily Milya Mim Mimma Mimmo Minahil Minako Minal
    Minami Minas Minato Mincho Minda Mindi Minea Mineko Minel Minela Minetta Minghao Mingo Minha
    Minho Minja Minjae Minji Minni Mino Minoo Minori Minta Minttu Minu Minya Miomir Miona
    Miquela Mirabel Mirabelle Mirah Mirai Miral Miralem Mirana Mirca Mirei Mirek Mirel Miren
    Mirena Mirha Miria Miriana Mirielle Mirijam Mirina Mirinda Mirjeta Mirkka Mirnes Miroljub
    Mirra Mirren Mirsada Miru Mirva Mirwais Miryana Misa Misaki Misako Misao Misato Misbah
    Mischel Misel Mishaal Mishael Mishal Mishel Mishka Miska Miski Misko Missie Misti Misuzu
    Mita Mitar Mithat Mithila Mithun Mitja Mitko Mito Mitsuaki Mitsue Mitsuhiro Mitsuki Mitsuko
    Mitsunori Mitsuo Mitsuru Mitsuyo Mitul Miu Miwa Miwako Miyabi Miyah Miyako Miyo Miyoko Miyu
    Miyuki Mizan Mizgin Mizue Mizuho Mizuki Mladenka Moaad Moaaz Moacir Moataz Moayad Moaz
    Moazzam Mobeen Mobin Mobina Moctar Modestas Modeste Modestine Modibo Modou Moez Mohab
    Mohamadou Mohammadreza Mohana Mohanad Mohaned Mohannad Mohd Mohib Mohid Mohinder Mohit
    Mohmad Mohmed Mohmmad Mohmmed Mohsen Moishe Moiz Mojgan Mojmir Mojtaba Moli Molla Molli
    Momar Momchil Momen Momin Momina Momir Momo Momodou Momoka Moncef Mone Moneeb Monette Mong
    Mongi Moni Monia Monina Moniqua Monira Monise Monita Monta Montassar Montell Montse Mony
    Monya Moona Moosa Mor Morag Morana Mordecai Mordechai Morella Morgana Morgann Morganne
    Morghan Morgyn Moria Moriah Morio Moris Moriya Morna Morne Morrie Morry Mortaza Morteza
    Morty Morven Morwenna Mory Mosa Mosab Mosheh Mosi Mosiah Mostefa Mostyn Motaz Moti Motiejus
    Motohiro Motoki Motoko Motti Mouctar Moufid Moufida Mouhamad Mouhamadou Mouhamed Mouhammad
    Mounira Moyra Mozhgan Mpho Mridula Mrinal Muaaz Muad Muadh Mualla Muamer Muath Muayad Muaz
    Muazzez Mubarik Mubasher Mubashir Mubeen Mubin Mudassar Muguette Muhaimin Muhamad Muhanad
    Muhannad Muharem Muhmmad Mui Mujtaba Mukadder Mukesh Mukhtar Mukta Mukti Mukul Mukund Mulki
    Mulugeta Mumin Mun Munawar Muneeb Muneer Muneera Mungo Munia Munib Muniba Munir Munirah
    Munire Muntaha Muntasir Murali Murdo Muriele Mursel Murtada Murtaza Musetta Mushtaq Muska
    Muskan Mussa Mustaf Mustafe Mutasim Mutaz Mutsuko Mutsumi Muzaffar Muzamil Muzammil
    Muzzammil Myah Myanna Mychael Mychal Mychelle Myer Myesha Myfanwy Myia Mykel Mykhailo
    Mykhaylo Mykle Mykola Mykolas Mykyta Mylah Mylee Mylie Myo Myrah Myria Myriah Myriame Myrian
    Myriane Myriem Myroslav Myroslava Myrtille Myrto Mysha Myung Naa Naama Naaman Naana Naba
    Nabeela Nabi Nabiha Nabilah Nabilla Nabor Nacera Naceur Nacha Nachman Nachum Naci Nadav
    Nadean Nadeen Nadejda Nadene Nadera Nadezda Nadezhda Nadica Nadiia Nadija Nadirah Nadire
    Nadiyah Nadiye Nadjia Nadka Nadra Nadyne Naeema Naela Naelle Naema Naemi Nafeesa Nafi
    Nafisah Nafissa Nafissatou Nafiz Naftoli Nagham Nagib Nagina Nagisa Nagore Nagwa Nahal Nahed
    Naheed Nahel Nahia Nahida Nahide Nahil Nahim Nahima Nahir Naho Nahoko Nahomi Nai Naia Naida
    Naika Nailah Naile Nailya Naimah Naimi Naiomi Nairi Naisha Naiya Najah Najda Naji Najiba
    Najlaa Najm Nakai Nakia Nakisa Nakisha Nalan Nalani Nalda Naledi Nali Nalia Nalin Nalina
    Nallely Nalu Naly Naman Nameer Nami Namie Namik Namir Namira Namita Namrata Nanae Nanako
    Nancee Nancey Nanci Nancie Nandan Nandana Nandita Nandor Nane Nani Nansi Nao Naohiro Naoma
    Naome Naor Naoya Naoyuki Naphtali Narayana Narayani Narcisse Nardia Nardos Nare Nareen
    Narelle Naren Narender Narendra Nari Narinder Narine Narissa Narjes Narjis Narmin Naroa
    Narumi Nasar Naseem Naseer Nasha Nashla Nashwa Nashwan Nasia Nasib Nasif Nasiha Nasko Nasma
    Nasrallah Nasreen Nasrin Nasrine Nassar Nassera Nassif Nastaran Nastasia Nastassia Nastassja
    Nastia Nasya Nata Natala Natale Natalee Nataliia Natalina Nataline Natalino Nataliya
    Natallia Natanel Natania Natanya Natascia Natashia Natasia Natassia Natassja Nathael
    Nathanaelle Nathanel Nathania Nathanial Nathen Nathon Nati Natia Natina Natisha Natnael
    Natsu Natsuki Natsuko Natsumi Naty Naum Nauman Naureen Nauris Nausheen Nausicaa Navdeep
    Naveed Navi Navina Navjot Navneet Navpreet Navraj Navreet Navya Nawa Nawaal Nawaf Nawar
    Nawaz Nawel Nawfel Naya Nayab Nayah Nayan Nayana Nayda Nayden Naydene Nayeem Nayef Nayel
    Nayma Nayna Nayra Naysa Naysha Nazaire Nazarena Nazareno Nazaria Nazeem Nazeer Nazif Nazifa
    Nazih Nazila Nazima Nazira Nazirah Nazire Nazish Nazlican Nazma Nazmul Nazneen Nazrul
    Nazzareno Ndey Ndeye Ndidi Neah Neala Neale Neave Nebil Necdet Nechama Necmi Necole Neculai
    Nedal Nedeljka Nedeljko Nedia Nedo Nedra Nedyalka Nedyalko Nedzad Neela Neelesh Neena Neera
    Neeraj Neerja Neeru Neesha Neeta Neeti Neetu Nefeli Nefertari Neftali Negar Negin Nehad
    Nehal Nehemias Nehemie Neia Neida Neiko Neila Neile Neima Neisha Neiva Nejat Nejib Nejra
    Neka Nekane Neko Nektaria Nektarios Nelda Neli Nelida Nellia Nello Nelma Nelo Nelva Nelya
    Nema Nemesio Nemi Neneh Nenette Nenita Neno Neola Neoma Nephi Nepomuk Nera Nereo Nergis
    Neria Nerida Nerina Nerine Nerio Neris Nerma Nermina Nermine Neron Nerses Nery Nerys Nesa
    Neset Nesha Nesim Nesma Nesreen Nessim Nessrine Neta Netanel Nev Nevan Nevena Nevenko Nevia
    Nevine Nexhat Nexhmedin Neya Neyda Neyla Neymar Neyo Neysa Neysha Neza Nezahat Nezaket Nezar
    Nezihe Nezir Ngai Ngan Ngawang Nghi Nghia Nguyet Nhan Nhat Nhung Niah Niala Niama Nian Niaz
    Nicandro Nicasio Nicco Niccola Niccole Niccolo Nicha Nichelle Nichol Nicholai Nicholaus
    Nicholle Nicko Nickolaus Nickole Nicodeme Nicolaos Nicolin Nicolino Nicoll Nicolo Nicos
    Niculae Niema Niesha Nieve Niha Nihel Nijaz Nijole Nikan Nikesh Niketa Nikhita Nikia Nikica
    Nikifor Nikil Nikisha Nikitas Nikitha Nikkita Nikko Nikodemus Nikoleta Nikolia Nikolija
    Nikoline Nikoll Nikolle Nikoloz Nikon Niku Nikunj Niky Nilah Nilani Nilde Nilla Niloofar
    Nilsa Nilton Nilza Nimah Nimco Nimesh Nimisha Nimit Nimra Nimrah Ninel Ninfa Ning Ningning
    Ninna Ninni Ninos Ninoslav Niomi Nir Nira Niraj Nirali Niran Niranjan Nirav Niria Nirmal
    Nirupama Nirvan Nis Nisar Nishan Nishanth Nishat Nishi Nishita Nishtha Nisma Nisreen Nissa
    Nissi Nissim Nitasha Nithin Nithya Niti Nitika Nitish Nitsa Nitya Nitza Niurka Niv Niva
    Nivaldo Nivea Nivedita Nivetha Nivia Nivin Niyati Nizam Nizamettin Njal Njomza Nkechi
    Nnaemeka Nnenna Noami Noar Noboru Nobu Nobuaki Nobue Nobuhiko Nobuhiro Nobuko Nobuo Nobutaka
    Nobuyoshi Nobuyuki Nodar Noela Noelani Noele Noelene Noeli Noelie Noellie Noema Noemia Noemy
    Noga Noh Nohemi Nohemy Noi Nolene Nolwen Nolwenn Noni Nono Nooh Noomi Noori Noraida Noran
    Norayr Nordahl Nordine Norene Norhan Noriaki Norie Norihiro Norihito Norik Noriko Norio
    Noris Noriyoshi Noriyuki Norka Normann Norna Norrie Norval Norwin Nory Nosa Nosheen Nosson
    Nouha Nouhad Nouman Nourah Nouran Nourhan Nourredine Noushin Novalee Novica Noy Nozomi
    Nozomu Nuccia Nuha Nukhet Numa Nuna Nune Nunu Nunzia Nunziata Nunziatina Nunzio Nuo Nupur
    Nuradin Nurdin Nuredin Nurhayat Nurit Nursen Nusa Nusaiba Nusrat Nuzhat Nyasha Nycole Nyesha
    Nyima Nyjah Nylah Nyle Nyomi Nyra Nyree Nzinga Oanh Obada Obafemi Obdulio Obrad Oceana
    Oceane Oceanne Octaviano Octavius Odai Odair Oday Oddmund Oddny Oddrun Oddvar Oded Odeta
    Odete Odetta Odie Odilo Odilon Odis Odon Odysseas Ofer Ofir Ofra Ognjen Ognyan Ohad Oier
    Oihana Oistein Oivind Oki Oktavia Oktawia Oktawian Oladapo Olafur Olai Olaia Olajide
    Olalekan Olamide Olan Olaoluwa Olatokunbo Olatunde Olatz Olaug Olavo Olayemi Olayinka Oleh
    Olek Oleksandra Oleksii Oleksiy Olene Olenka Olesia Olesya Olev Olfa Olgica Olha Oli Olia
    Oliana Olimpio Olina Olinda Olindo Oline Olinto Olisa Olita Oliverio Olivette Oliviero
    Olivio Oliwia Olja Olliver Olly Olsi Olta Olti Oltion Olu Olubukola Olubunmi Oluf Olufemi
    Olukayode Olukemi Olumide Olusegun Oluseyi Olusola Oluwadamilola Oluwaseun Oluwaseyi
    Oluwatobi Oluwatobiloba Oluwatosin Oluwatoyin Olwyn Olya Olympe Olyvia Omara Omarion
    Ombeline Ombretta Omed Omeed Omera Omero Omnia Omolola Ondina Onel Onelia Oner Onesime
    Onesimo Onida Onika Onix Onofrio Onora Onorato Onorina Onorio Onyekachi Opeyemi Ophelie Opie
    Oprah Orah Oralia Orane Orel Oren Oreoluwa Orest Oresta Orestis Orges Ori Oria Orian Oriane
    Orianna Orianne Oriano Oriella Orien Orietta Orinda Oriol Orit Orjan Orlan Orland Orlanda
    Orlane Orley Orli Orlin Orlinda Orlo Ormond Ornela Ornulf Oronzo Orpha Orphee Orquidea Orren
    Orrie Orso Orsola Ortal Ortensia Oruc Orvar Orvil Ory Orysia Osagie Osamah Osanna Osaretin
    Osbaldo Osbert Osbourne Osher Osian Osias Oskaras Osmany Osmar Osmond Osnat Ossie Ostap
    Osten Osvaldas Oszkar Otar Otavio Otelia Otello Othilie Othmane Othniel Othon Otilio Otmane
    Otniel Otoniel Otso Ottavia Ottaviano Ottis Ottorino Otylia Ouida Oula Oumar Oumou Oumy
    Ourania Ousman Ousmane Ousseynou Ovide Ovie Owain Owyn Oya Oyku Oystein Oyvind Ozair Ozay
    Ozden Ozer Ozgun Ozias Ozren Ozzie Paa Paata Pablito Pacey Pacifica Pacifico Pacita Pacome
    Paden Padmini Paivi Paivikki Pajtim Pala Palak Palash Palina Palmina Palmiro Palvi Pamala
    Pamella Pamina Pammy Panagiota Panayiota Panayiotis Panayotis Panka Pankaj Panna Panos
    Pantaleo Pantaleon Panteleimon Pantelis Panu Paolina Paolino Paquita Parag Param Paramjeet
    Paramjit Paramveer Paras Paraskeva Paraskevas Paraskevi Pardeep Paresh Paria Parissa
    Parminder Parmjit Parneet Partha Parul Parvaneh Parvin Parvinder Parviz Pasqualina
    Pasqualino Pati Patria Patrica Patrina Patrisia Patrocinio Pattie Patxi Pauleen Paulene
    Pauletta Paulie Paulita Paulos Pavithra Pavle Pavlina Pavlos Pawandeep Payal Payman Payson
    Peaches Pearla Pearle Pearlie Pearline Pegah Pegeen Pegi Pehr Peik Peio Pejman Pela Pele
    Pella Pema Pembe Pencho Penda Peniel Penka Penney Pennie Pepa Pepi Peppi Peppino Perceval
    Perdita Pere Peregrin Peregrina Perel Perfecto Perica Periklis Perine Perle Pernell Perparim
    Perrie Persida Persis Perttu Pervez Pervin Peteris Petia Petja Petko Petrea Petria Petrica
    Petrissa Petrit Petronille Petruta Petur Petya Peyman Phanuel Phat Phedra Phenix Pheobe Phia
    Philbert Phileas Philipa Philippos Phill Phillipa Phillipe Phillipp Phillippa Phillippe
    Phillis Phu Phung Phuoc Phyliss Phyllida Piera Pierantonio Piercarlo Piere Pierfrancesco
    Pierfranco Pierino Pierra Pierrick Piers Pietrina Pille Pilvi Pinchas Pinelopi Pinhas Pinja
    Pinuccia Pippo Pipsa Pir Pirita Piritta Pirro Piya Piyush Pjeter Placida Placide Placido
    Plamen Plamena Platon Plutarco Pnina Poh Pola Poliana Policarpo Pollyanna Polyxeni Pompilio
    Ponciano Popi Poppi Poppie Porfiria Porscha Porsha Portia Pouya Prabha Prabhat Prabhjot
    Prachi Pradeep Pradip Pragati Pragya Prahlad Pramila Pramod Pranab Pranay Pranee Praneeth
    Pranita Pranjal Pranvera Prarthana Prasanna Prashanth Pratap Prateek Pratham Pratibha Pratik
    Pratima Praveen Praveena Pravin Praxedes Preciosa Preet Preethi Preeti Preeya Prema Premysl
    Prentiss Prerna Prescillia Preslav Preya Pria Pricila Primoz Princy Priscilia Priscille
    Prisco Pritam Pritha Priti Pritika Priyal Procopio Prodromos Prospero Pryce Przemyslaw
    Publio Pulcherie Punam Puneet Punit Pura Purav Purificacion Purnima Purushottam Purvi Pushpa
    Pyotr Qaisar Qaiser Qasem Qassim Qazi Qendresa Qendrim Qiong Quade Quaid Quan Quazi Qudsia
    Queena Quenton Quiana Quillan Quim Quintina Quintino Quinto Quirico Qun Qusai Quy Quyen Raad
    Raanan Rab Rabeh Rabin Rachad Rachal Rached Rachela Rachele Rachna Racquel Radames Radan
    Radana Radcliffe Rade Radenko Radhia Radhouane Radica Radina Radislav Radivoj Radivoje Radko
    Radley Radoje Radojka Radomir Radomira Rados Radosav Radoslaw Radostina Radwa Raeanne
    Raechel Raef Raegan Raelene Raelyn Raelynn Rafaele Rafaelle Rafail Rafal Rafat Rafe Rafel
    Rafer Rafet Raffi Raffy Rafif Raghad Raghda Raghu Ragip Ragne Ragni Ragnvald Raha Rahaf
    Rahela Rahi Rahil Rahila Rahmah Rahsaan Rahwa Raia Raian Raida Raiden Raif Raife Raika Raiko
    Raila Raima Raimondas Raimunda Raimundas Rainald Raine Raino Raiya Raiyan Raizel Rajana
    Rajani Rajat Rajbir Rajdeep Rajendra Raji Rajib Rajinder Rajka Rajmond Rajmund Rajna Rajveer
    Rajvinder Rajvir Rajwinder Rakan Rakeem Rakel Rakhee Rakhi Rakia Rakib Rakim Ral Ralfs
    Ralitsa Ramana Ramandeep Ramani Ramata Ramatoulaye Ramaz Rambo Rameen Rameez Ramez Ramia
    Ramina Ramir Ramira Ramiza Ramlah Ramo Ramone Ramtin Ramunas Ramune Ramya Ramzan Ranae
    Ranald Randee Randeep Randel Randhir Randie Rando Raneem Raniero Ranim Raniya Ranja Ranjan
    Ranjana Ranjani Ranjeet Ranjit Ranka Ranko Ranna Rannveig Ranulph Ranveig Ranvir Rany
    Raphaele Raphaelle Raphy Raquelle Rares Rashaad Rashaun Rashawn Rashed Rasheda Rasheed
    Rasheeda Rashel Rashelle Rashi Rashidah Rasika Rasima Rastko Ratana Rati Ratiba Ratimir
    Ratko Rattana Rauha Rauli Rauna Raunak Rauni Raushan Ravil Ravina Ravinder Ravindran Ravneet
    Rawa Rawad Rawand Rawda Rawia Rawle Rayah Rayann Rayanna Rayanne Raychel Rayden Raye Rayko
    Raylan Raylene Rayman Raynald Raynaldo Raynard Rayne Raynell Raynold Raysa Rayssa Rayya Raz
    Razak Razan Raziel Razmik Razvan Reah Reana Reanna Rebbeca Rebbecca Rebeccah Rebeckah
    Rebekkah Reber Recai Rechelle Redha Redina Redon Reegan Reema Reesa Reeta Reeti Reetta Reeva
    Refael Refika Refugio Regi Regiane Reginaldo Regis Regla Reha Rehab Reham Rehanna Rehmat
    Reia Reice Reida Reidar Reija Reiji Reika Reiko Reima Reisa Reisha Reita Rejane Rejean
    Rejeanne Rejhan Reka Reko Relja Rema Rembert Remigijus Remigiusz Remington Renad Renada
    Renae Renald Renars Renas Renat Renatas Renay Renda Renea Renel Renelle Reneta Rengin Renia
    Renita Renji Renn Renna Renold Renza Reo Reon Reona Resat Resha Reshad Resham Reta Retaj
    Retha Reubin Reuel Reut Reuven Revan Revathi Revaz Revital Rexford Reya Reyad Reyan Reyhana
    Reymond Reynald Rezan Rezwan Rheanna Rhema Rheta Rhia Rhiana Rhiann Rhiannan Rhianon
    Rhoderick Rhodora Rhodri Rhun Rhyan Rhyanna Rhyannon Rhydian Riaan Riadh Riann Ricard
    Ricardas Ricards Ricca Riccarda Richa Richenda Richi Richy Ricki Riddhi Ridha Ridhima
    Ridhwan Ridwaan Rifa Riffat Rigo Rigobert Rihan Rihana Rihard Riho Riin Rija Rijad Rikako
    Rikardo Rikka Rimantas Rimas Rimi Rimma Rimon Rimsha Rimvydas Rin Rinad Rinah Rinat Rinda
    Rinesa Rinko Rinna Rion Riona Risa Risako Risha Rishabh Rishika Riste Ritaj Rital Ritch Riti
    Ritika Rito Ritsuko Ritta Ritu Ritwik Rivan Rivkah Rivo Riyan Riyana Rizwana Roaa Roanna
    Robbi Robbyn Rober Roberth Robie Robustiano Robyne Robynne Roch Rochel Rodd Roddie Rodina
    Rodion Rodolf Rodolph Rodolpho Rodric Rodrick Roee Roen Roey Rogan Rogelia Rogerio Rohail
    Roham Rohana Rohen Rohin Rohith Roine Roj Roja Rojan Rojhat Rokaya Rokhaya Rokia Rola Rolan
    Rolfe Rolin Rolla Rollande Rollie Rollin Romann Romaric Romas Romea Romed Romel Romen Romer
    Romesh Romil Romilly Romin Romney Romola Romona Romualda Romualdo Romulo Ronak Rondell Rone
    Ronee Ronel Ronela Ronell Ronelle Ronen Ronette Rongrong Ronia Ronica Ronika Ronit Ronn
    Ronnell Roop Roopa Roozbeh Rori Rorie Rosabelle Rosaire Rosalee Rosalino Rosalio Rosalita
    Rosalynd Rosalyne Rosamaria Rosamond Rosamund Rosanda Rosane Rosangela Rosann Rosco Roselene
    Roseli Roselia Roselin Roselind Rosellina Rosely Rosemaria Rosemond Rosemonde Rosena Rosene
    Roser Rosevelt Rosha Roshanak Roshani Rosheen Roshelle Roshini Rosiane Rosibel Rosio Rositsa
    Rosli Roslin Rosmary Rosmery Rosolino Rossanna Rossano Rossella Rosslyn Rossy Rostam Rostom
    Rostyslav Roua Rouben Roula Rovena Roxann Roxi Royan Royden Royston Rozalin Rozalind Rozalyn
    Rozana Rozenn Rozi Rozie Rozita Rozlyn Rozsa Rozy Rron Ruadhan Ruaidhri Ruairidh Ruaraidh
    Ruba Rubab Ruban Rubert Rubie Ruchi Ruchika Rudiger Rudolfo Rudyard Ruel Rufaro Rufat Rufin
    Rufo Ruhama Ruhan Ruhi Ruka Ruken Rukhsana Rukhsar Rukiya Ruksana Rula Ruma Rumaisa Rumana
    Rumena Rumer Rumi Rumiko Rumyana Runar Ruo Ruoxi Rupa Rupal Rupali Rupesh Rupinder Rupprecht
    Ruprecht Ruqaya Ruqayyah Ruri Rurik Rushan Ruska Ruslana Ruslanas Rustam Rustem Rustu
    Rusudan Ruthann Ruthanne Ruthi Ruthie Ruthy Ruti Ruven Ruwayda Ruwen Ruza Ruzena Ruzgar Ryad
    Ryane Ryann Ryanna Ryen Ryker Ryland Rylee Ryleigh Ryley Rylie Ryn Ryne Ryoichi Ryoji Ryoko
    Ryoma Ryota Ryotaro Ryozo Ryuhei Ryuichi Ryuji Ryunosuke Ryusei Ryusuke Ryutaro Saada
    Saadiya Saahil Saaid Saam Saana Saarah Sabaa Sabahattin Sabastian Sabatina Sabato Sabeen
    Sabeena Sabella Sabera Sabha Sabi Sabia Sabian Sabino Sabire Sabit Sabreen Sabreena Sabrena
    Sabryna Sabu Saburo Sachie Sachiko Sachiyo Sada Sadako Sadam Sadegh Sadek Sadettin Sadhbh
    Sadi Sadije Sadika Sadio Sadiya Sadok Sadra Sadri Sady Sae Saed Saeeda Saeid Saeko Saer
    Safdar Safeer Safeta Saffa Safiah Safiatou Safin Safir Safiyya Safiyyah Safwaan Safwat
    Sagarika Sagrario Sahal Sahan Sahana Sahand Saher Sahid Sahira Sahr Saia Saide Saidou Saied
    Saifullah Saige Saikou Saila Saime Saimi Saimon Sainabou Saioa Saiqa Saisha Saja Sajad Sajal
    Sajan Sajda Sajed Saji Sajid Sajida Sajjad Sakae Sakaria Sakarias Sakariya Sakeena Saket
    Sakib Sakiko Sakinah Sakir Sako Sakshi Saku Sakurako Salahuddin Salam Salama Salamon Saleem
    Saleema Saleena Saleha Salha Sali Salia Salif Salik Salil Salimata Salimatou Saliou Salka
    Salko Salla Salli Sallie Sallyann Sallyanne Salmaan Salmah Salme Saloni Salustiano Salva
    Salvadore Salvator Salvatrice Salvina Salvio Saly Samaa Samad Samadhi Samael Samaira Samana
    Samanda Samarah Samatha Samay Samaya Sambath Sameen Sameena Sameera Sameh Samera Samie Samih
    Samija Samik Samiksha Samil Samim Samin Samire Samit Samiullah Samiyah Samm Sammantha
    Sammuel Samnang Sampo Sampsa Samrah Samrat Samrawit Samreen Samual Samuella Samuelle Samuil
    Samvel Samyuktha Sanad Sanah Sancha Sanchia Sancia Sandford Sandie Sandip Sandria Sanem
    Sangeetha Sanija Saniya Sanjai Sanjaya Sanjeet Sanji Sanjit Sanjiv Sankalp Sanket Sanora
    Sansa Santhosh Santo Santokh Santtu Santy Sanvi Sao Saori Sapan Saphia Saphir Sapphira Saqib
    Sarabjit Sarahi Sarahjane Sarajane Sarala Saralee Sarang Saranna Saranne Saranya Saraswati
    Sarat Sarath Saray Sarbjit Sardar Sareena Sareh Sarfaraz Sarfraz Sargis Sargon Saria Sariah
    Sariel Sarika Sarim Sarit Sariya Sarka Sarkis Sarla Sarlota Sarmad Saro Saroj Sarolta Sarosh
    Sarp Sarrah Sartaj Sarunas Sarvesh Sarwar Sary Sasan Sashi Sashka Sashko Sasho Saska Saso
    Sassi Satenik Sathya Sati Satia Satinder Satine Satnam Satoko Satoru Satoshi Satpal Satsuki
    Sattar Satwinder Satyam Satyanarayana Saud Sauda Saule Saulo Saurabh Saurav Sausan Savan
    Savanah Saveria Savia Savino Savion Savka Savo Savva Savvas Sawa Sawako Sawsan Sayaka Sayali
    Sayan Sayana Sayeed Sayeeda Sayer Sayf Sayid Sayla Sayoko Sayon Sayra Sayyed Saziye
    Scheherazade Scholastique Schuyler Scotia Sead Seamas Seann Seba Sebahattin Sebastia
    Sebastiao Sebestyen Sebrina Seckin Secundino Sedona Sedric Sedrick Seela Seena Seerat Seeta
    Sefik Sefora Sefton Segolene Segun Seham Sehar Sehrish Sei Seid Seigo Seiichi Seiji Seiko
    Seila Seira Seiya Sejad Sejal Seka Sekou Selam Selamawit Selenia Selima Selinda Selja Sella
    Selmer Seloua Selver Selvin Selwa Semere Semia Semin Semion Semiramis Semyon Senada Senda
    Sendi Sendy Senen Seng Senga Sengul Senia Senija Seniz Senja Senka Seo Seok Seon Seonaid
    Seong Sepehr Sephora Sepideh Serafettin Serafim Serafima Serafin Serafine Serafino Seraj
    Seraphim Seraphin Serapio Serban Seref Serenella Sergejs Serghei Sergia Sergii Sergine
    Sergiusz Sergiy Sergo Serguei Serguey Serhii Seri Serigne Serik Serita Sermin Servan
    Servando Servane Sesilia Setareh Setayesh Setsuko Setsuo Settimio Seumas Seung Seva Sevak
    Sevan Sevasti Sevastian Sevdalina Severa Sevi Sevin Sevki Seweryn Seya Seydi Seydina Seydou
    Seyfettin Seyfi Seynabou Sezai Shaan Shabaz Shabbir Shabina Shabir Shada Shadia Shadiya
    Shadman Shadrach Shadya Shaela Shaena Shafi Shafia Shafqat Shaghayegh Shagufta Shagun Shahab
    Shahad Shahan Shahana Shahar Shahbaz Shahed Shaheer Shahida Shahinaz Shahir Shahla Shahnaz
    Shahram Shahrazad Shahriar Shahrokh Shahrukh Shahryar Shahrzad Shahzad Shahzaib Shahzeb
    Shaida Shaikh Shail Shailaja Shailee Shailen Shaili Shaily Shaimaa Shain Shaine Shaista
    Shaka Shakara Shakeel Shakeela Shakib Shakil Shakina Shakirah Shakuntala Shala Shalanda
    Shalane Shaleen Shalimar Shalin Shally Shalon Shalva Shama Shamaila Shamal Shamar Shameer
    Shameka Shamia Shamik Shamika Shamil Shamila Shamim Shamima Shamina Shamsa Shamsher Shamsul
    Shanae Shanan Shanay Shanaz Shanda Shandi Shandon Shandra Shanee Shaneen Shanel Shanell
    Shanelle Shanen Shanese Shanie Shaniece Shanika Shanin Shanique Shanise Shaniya Shann
    Shannel Shannyn Shanshan Shant Shantae Shantal Shantanu Shantay Shante Shantel Shantell
    Shantelle Shantha Shanthi Shantia Shany Shanyn Shanzay Shaolin Shaqir Shaquana Shar Sharad
    Sharada Sharanya Sharareh Sharday Sharee Shareef Sharene Sharice Sharie Sharifah Sharika
    Shariq Sharise Sharisse Sharjeel Sharla Sharline Sharlotte Sharlyn Sharman Sharmeen Sharmin
    Sharn Sharna Sharni Sharone Sharra Sharri Shary Sharyl Sharyn Shasha Shashank Shashi
    Shashwat Shatha Shaughn Shaukat Shaul Shaune Shaunie Shaunna Shavon Shavonne Shawne Shawnna
    Shayaan Shayana Shaye Shaylee Shaylyn Shayma Shaymaa Shayn Shaza Shazad Shean Sheana Sheba
    Sheeba Sheema Shefali Shefqet Shehab Shehzad Sheilagh Sheina Shekhar Shela Shelagh Shelah
    Shelbi Shelbie Shelda Shella Shelli Shena Shenae Shenelle Sheona Sheran Sheraz Sherelle
    Sheren Sherene Sherice Shericka Sherie Sherifa Sheril Sherise Sherisse Sherita Sherley
    Sherline Sherly Sherlyn Shermaine Sheron Sherree Sherrell Sherrie Sherril Sherrilyn Sherrin
    Sherron Shervin Sheryll Sheryn Sheva Shevaun Shevon Shey Sheyda Sheyenne Sheyla Sheza Shian
    Shiann Shianne Shifa Shigeaki Shigehiro Shigeki Shigeko Shigenobu Shigeo Shigeru Shigeto
    Shigetoshi Shigeyoshi Shigeyuki Shihab Shiho Shikha Shila Shilo Shilpa Shilpi Shimon
    Shimshon Shingo Shinichi Shinji Shino Shinobu Shinsuke Shinta Shintaro Shinya Shion Shiona
    Shiori Shiqi Shir Shiran Shirel Shirelle Shiri Shirine Shirlee Shirleen Shirlene Shirlie
    Shiro Shishir Shivali Shivangi Shivaun Shivon Shivonne Shivraj Shiya Shizue Shizuka Shizuko
    Shizuo Shkelqim Shkelzen Shkumbin Shkurte Shlok Shlomi Shlomit Shlomo Shmuel Sho Shoaib
    Shobha Shogo Shohreh Shoichi Shoko Shola Sholom Sholto Shoma Shomari Shon Shonagh Shonda
    Shoni Shonna Shontelle Shorena Shoshana Shoshanna Shoshannah Shosuke Shotaro Shou Shozo
    Shpend Shpetim Shraddha Shraga Shravan Shree Shreeya Shrey Shreyas Shri Shruthi Shruti Shuai
    Shuaib Shuan Shuang Shuayb Shubha Shubham Shuchi Shuhei Shui Shuichi Shuji Shula Shulamit
    Shulamith Shumaila Shumei Shunji Shunsuke Shunta Shuo Shusaku Shushan Shuyi Shuying Shwan
    Shyam Shyamala Shyan Shyann Shyanne Shyla Siaka Siamak Siana Sianna Sianne Siar Siarhei
    Siavash Sibeal Sibella Sibelle Sibila Siddarth Siddhi Siddiq Sidharth Sidika Sidiki Sidnei
    Sidonio Sidrah Sidsel Sidy Siera Siew Sigal Sigbritt Sigfred Sigfredo Sigi Sigifredo
    Sigismond Sigitas Signa Signhild Signy Sigolene Sigridur Sigurdur Sigvald Sigve Sihaam
    Sihame Sihem Sikandar Sikander Silan Silena Silia Silka Silvere Silverio Silvin Silvina
    Silvino Silviya Siman Simao Simbarashe Sime Simeona Simeone Simin Simmone Simoneta Simplicio
    Simra Simrah Simranjit Simrat Simren Simrit Simun Sinda Sindi Sindia Sindri Sinia Sinja
    Sinthia Sinuhe Siomara Sioned Sipan Sipho Siqi Sirak Siranush Sirat Sireen Sirena Siria
    Siril Sirina Sirine Sirio Siriwan Sirja Sirkku Sirri Siru Sirus Sirwan Sisay Sisi Sisilia
    Sisley Sisse Sista Sisto Sitara Siun Sivakumar Sivi Siw Siwar Sixta Sixte Sixtine Siyana
    Siyar Siyu Siyuan Sjur Skai Skaiste Sladan Sladana Sladjan Slava Slavcho Slaven Slavi Slavo
    Slavoljub Slavomir Slawa Sliman Slobodanka Smadar Smaragda Smilja Smiljan Smiljana Smiljka
    Smilla Smita Smitha Smriti Sneh Snehal Snejana Snezhana Snigdha Snjezana Snorre Snorri Soa
    Soad Soan Soazig Sobhan Sobia Socrate Soe Soffia Sofien Sofina Sofiya Sofus Sofya Soha Soham
    Sohan Sohana Soheil Soheila Sohel Sohil Sohini Sohvi Soichiro Soila Soile Soili Soizic
    Sokhna Sokratis Solal Solangel Solara Solen Solena Solene Solenn Solenne Soley Solfrid Soli
    Soliman Solin Solina Soloman Solomia Solrun Soltan Solveiga Solvejg Solvi Solweig Somayeh
    Somchai Somi Somnath Somya Sonal Sondos Sonika Sonila Sonita Soniya Sonna Sonni Sonnia
    Sonoko Sonsoles Sonu Soojin Sook Sookie Sophal Sophea Sophi Sophiane Sophina Sophya Sora
    Soraida Soran Sorel Sorena Soriya Soroush Soso Sosthene Sosuke Sota Sotera Sotero Sotiria
    Sotirios Sotiris Souheil Souhila Soula Souleyman Souleymane Soultana Soumeya Soumya Sourav
    Sowmya Soyoung Spartaco Spartak Spas Spasoje Spela Speranza Spero Spiridon Spiro Spiros
    Spomenka Spyridon Spyros Srdan Srdjan Srecko Sreten Sreya Sridevi Srihari Srikanth Srikar
    Srinath Srinidhi Srinivasa Sriram Srishti Sriya Stacee Stamatia Stamatina Stamatios Stamatis
    Stane Stani Stanimir Stanislao Stanislovas Stanoje Starla Starlyn Stasa Stasha Stasia Stasys
    Stathis Stav Stavroula Steeve Steeven Stefanija Stefaniya Stefanny Stefen Steffani Stefi
    Stefica Stefka Stefon Steinunn Stelio Stelios Stellina Stelvio Stepan Stephaine Stephannie
    Stephanos Stephenie Stephnie Stephon Stephy Stergios Stevi Stevo Stilianos Stipan Stirling
    Stoil Stoja Stojanka Stoney Stoyan Stoyanka Strahinja Stratos Struan Sturla Stuti Styliani
    Stylianos Sua Suada Suan Suanne Subha Subhan Subhash Subhi Subin Subodh Subrata Suchada
    Sucheta Suchita Suchitra Sudarshan Sudeep Sudeshna Sudha Sudhir Sueann Suela Sueli Suella
    Suellen Suely Sufia Sufian Sufyan Sugey Suguru Suha Suhad Suhaib Suhail Suhaila Suhana Suhas
    Suhasini Suhayb Suhayl Suhayla Suhel Suja Sujan Sujatha Sujay Sujin Sujit Sukaina Sukanya
    Sukayna Sukhbir Sukhdeep Sukhdev Sukhjinder Sukhjit Sukhmani Sukhpreet Sukhraj Sukhvinder
    Sukhwinder Sukriye Sulaiman Sulamita Sulamith Sulejman Sulekha Suli Suliman Suljo Sulo Suly
    Suma Sumaia Sumaira Sumaiya Sumana Sumanth Sumati Sumayah Sumayyah Sumedh Sumedha Sumeet
    Sumeja Sumera Sumi Sumia Sumie Sumiko Sumin Sumio Sumire Sumit Sumita Sumitra Sunao Sundari
    Sundeep Sunee Suni Sunisa Sunitha Sunjay Sunnie Suoma Suong Suparna Supriya Surabhi Surafel
    Suraiya Surbhi Suren Surena Surendra Suria Surina Surinder Suriya Surjeet Surjit Susane
    Susen Sushant Susheela Sushil Sushila Sushma Susmita Sussan Susu Susumu Susy Suwan Suzane
    Suzann Suzel Suzelle Suzi Suzon Suzuko Svana Svanhild Svatava Svava Sveinung Svenn Sverker
    Sveta Svetislav Svetla Svetlin Sveto Svetomir Svetoslav Svetozar Sveva Sviatlana Sviatoslav
    Svilen Svitlana Svjetlana Svyatoslav Swapna Swapnil Swara Swarna Swathi Swati Sweety Sweta
    Swetha Syam Sybella Sydelle Sydne Sydnee Sydnie Sylas Sylia Sylvaine Sylver Sylvere
    Sylvestre Sylvette Sylwester Syma Symeon Syna Synne Synnove Syra Syrah Syrine Syrus Szabina
    Szczepan Sze Szofi Szofia Szonja Taavi Tabata Tabatha Tabetha Tabia Taciana Tacy Tadaaki
    Tadahiro Tadao Tadashi Tadayoshi Tadayuki Tadd Taddeo Tadea Tadeas Tadesse Tadeus Tadgh
    Tadija Tae Taegan Taeko Taelor Tafari Tahani Tahar Taher Tahera Tahereh Tahia Tahirah Tahiya
    Tahj Tahlia Tahra Taia Taiana Taib Taiba Taida Taieb Taiga Taija Taika Taiki Taila Taim
    Taima Taimi Taimoor Taio Tais Taisa Taisha Taishi Taisia Taisija Taisiya Taissa Taissia
    Taisuke Taito Taiwo Taiyo Taizo Tajana Tajinder Takaaki Takafumi Takahiko Takahiro Takahisa
    Takahito Takako Takamasa Takanori Takao Takara Takashi Takatoshi Takaya Takayoshi Takayuki
    Takehiko Takehiro Takeo Takeru Takeshi Taki Takis Takiyah Taku Takuji Takumi Takuo Takuro
    Takuto Takuya Talan Taleen Talena Taliah Talicia Talie Taliesin Talin Taline Talis Talissa
    Taliya Taliyah Talla Tallia Tallulah Talor Talulah Talvikki Taly Talya Tamaki Tamal Tamala
    Tamami Tamari Tamaryn Tamas Tamatha Tamaya Tamaz Tameem Tameka Tamela Tamera Tamerlan Tamica
    Tamie Tamiko Tamila Tamim Tamina Tamir Tamires Tamisha Tamiya Tamlyn Tammara Tammi Tamon
    Tamotsu Tamra Tamryn Tamsen Tamsin Tamsyn Tamy Tamyra Tamzen Tamzin Tamzyn Tana Tanaya
    Tancrede Tancredi Tandi Taneisha Taneka Tanel Tanesha Taneshia Tani Tanina Tanith Taniya
    Tankred Tanmay Tannaz Tannis Tano Tanu Tanuja Tanush Tanvir Tany Tanysha Tanzila Tapan Taqi
    Tarana Taraneh Taras Tarcisio Tareq Taria Tarika Tarin Tarina Tarini Tarique Tarita Tarjei
    Taron Tarra Tarrah Tarran Tarrant Tarren Tarryn Tarsem Tarsha Tarun Taryn Tasa Tascha Tashi
    Tashina Tasia Tasja Taskin Taslim Taslima Tasmia Tasmin Tasos Tassadit Tassia Tassie Tasya
    Tatenda Tatevik Tathiana Tatia Tatiane Tatianna Tatijana Tatsiana Tatsuhiko Tatsuki Tatsumi
    Tatsuo Tatsuya Tatyana Taufiq Tauheed Taulant Tauras Taurean Tauri Tavi Tavis Tavish Tavon
    Tawan Tawana Tawanda Tawfik Tawfiq Tawnee Tawni Tawnya Taya Tayana Tayba Taye Tayeb Tayfur
    Tayler Taym Taymour Tayna Tayo Tayron Tays Taysir Tayson Tayyab Tayyaba Tayyib Taz Tazio
    Teagan Teah Teala Teale Teana Teanna Teck Tedd Teddi Tedra Teegan Teejay Teela Teena Tehani
    Tehila Tehilla Tehmina Tehreem Tehya Tei Teia Teigan Teijo Teila Teimuraz Tej Tejal Tejay
    Tejinder Tekle Tela Telesforo Telesphore Telia Telisha Telma Temeka Temesgen Temi Temiloluwa
    Temitayo Temitope Temur Tenaya Tendai Tengiz Tenika Tenille Teniola Tenisha Tenley Tenna
    Tennille Tenzing Teodolinda Teodoras Teodorico Teodulo Teofila Teofilo Teon Teppei Teppo
    Terah Terance Terell Terenzio Teresina Teresio Teressa Terez Terezia Terezie Terezinha Terho
    Terran Terrel Terren Terryl Terryn Teruhisa Teruko Terumi Teruo Teryl Tesa Tesfaye Tesha
    Tessi Tetsu Tetsuji Tetsuo Tetsuro Tetsuya Tetyana Teva Tevita Tewfik Tewodros Teya Teyana
    Teyla Teymour Tha Thabit Thabo Thach Thaddaus Thaddee Thaer Thaila Thaina Thaine Thais
    Thaleia Thalie Thamer Thana Thanasis Thandi Thandie Thang Thania Thanos Thanya Tharun Thayna
    Thayne Thays Thelonious Themba Themistoklis Theodoric Theodosios Theofanis Theofilos Theon
    Theona Theoni Theophane Theos Theotime Theressa Thereza Theron Thia Thida Thierno Thiery
    Thilda Thilde Thinh Thomasin Thomasine Thomaz Thony Thora Thorbjorn Thord Thordis Thordur
    Thorin Thorkild Thorleif Thorstein Thorsteinn Thorunn Thuan Thuc Thula Thuong Thuraya
    Thurayya Thusnelda Tiah Tiam Tiane Tianna Tianyi Tiberio Ticia Ticiano Tida Tidiane Tiera
    Tierra Tifa Tifani Tifany Tifenn Tiffani Tiffanie Tiffeny Tiffiny Tigist Tigran Tihamer
    Tihana Tihomir Tija Tijan Tijen Tikhon Tiki Tiko Tikva Tikvah Tila Tilak Tilli Tima Timeo
    Timi Timmothy Timna Timofei Timofey Timoleon Timote Timothe Timothee Timotheos Timothey
    Timoty Timour Timucin Tinashe Tinatin Tindara Tingting Tinh Tinja Tinna Tintin Tio Tiona
    Tiphaine Tiphanie Tiphany Tippi Tiril Tirso Tita Titiana Titina Titouan Titta Titti Tiya
    Toader Toan Toba Tobe Toben Tobiah Tochukwu Todorka Tofik Toimi Toinette Toini Toka Tokiko
    Tomasi Tomasina Tomaso Tomass Tomaz Tomica Tomika Tomiko Tomio Tomislava Tommas Tommasina
    Tomoaki Tomoe Tomohiko Tomohiro Tomoka Tomokazu Tomoki Tomoko Tomomi Tomonori Tomos Tomoyo
    Tomoyuki Tomy Tonatiuh Toniann Tonika Tonina Tonio Tonisha Tonka Tonni Tonu Tooba Toral
    Toran Torbjorn Tordis Torey Torfinn Torgeir Torhild Toria Toril Torild Torin Torjus Torkel
    Torkil Torkild Torleif Torleiv Tormod Tornike Torquil Torrance Torrey Torry Torstein Toru
    Torun Torunn Torvald Tosha Toshi Toshiaki Toshie Toshiharu Toshihiko Toshihiro Toshikazu
    Toshiki Toshiko Toshimasa Toshimitsu Toshinobu Toshinori Toshio Toshiro Toshiya Toshiyuki
    Toto Tou Toufic Touko Toula Toure Tovah Toya Toyah Toyin Toyoko Tra Tracee Trae Trai
    Tramaine Travon Trayvon Tre Trebor Treena Tremaine Tremayne Trena Trenna Tres Tresa Tresor
    Tressa Tressie Treva Trever Trevin Trevis Trevon Trieu Trifon Triinu Trinh Trino Trishna
    Trista Tristana Tristano Tristian Tristin Triston Trixi Troi Trong Tru Truc Truls Tryggve
    Trygve Trym Tsering Tshering Tsion Tsukasa Tsuneko Tsuneo Tsutomu Tsuyoshi Tsveta Tsvetan
    Tsvetana Tsvetanka Tua Tue Tuire Tula Tuli Tullia Tulsi Tunay Tunc Tunde Tuong Tuovi Tupac
    Tura Turhan Turi Turker Turo Tushar Tuure Tuvia Tuyen Tvrtko Twana Twila Twyla Txomin Tya
    Tyan Tyana Tyanna Tye Tyge Tyisha Tyko Tylan Tylar Tylor Tym Tyna Tynisha Typhaine Typhanie
    Tyreese Tyreke Tyrel Tyrelle Tyronne Tyrus Tytti Tytus Tyyne Tze Tzipora Tzivia Tzvi Ubald
    Uchechukwu Udai Uday Udaya Udi Ugne Ugochi Ugochukwu Ugonna Uka Uki Ula Uladzimir Ulderico
    Uliana Ulisse Ulisses Uljana Ulker Ulle Ulli Ulric Ulrikke Ulugbek Ulvi Ulviye Ulyana Ulysse
    Umaima Umayma Ume Umer Umesh Umme Une Unn Unna Unto Upendra Ura Ural Uran Urho Uri Urias
    Urielle Urim Urko Urooj Uros Urpo Ursa Ursule Ursuline Urtzi Urve Ussama Utako Uthman Utsav
    Uttam Uuno Uxia Uyen Uzair Uzay Uzeyir Uziel Uzma Uzoamaka Uzoma Vaclav Vada Vadym Vagner
    Vahagn Vahan Vahe Vahide Vahit Vahram Vaia Vaiana Vaibhav Vaidehi Vaidotas Vaira Vaishali
    Vaiva Vakhtang Valarie Valbona Valdas Valdemaras Valdet Valdete Valdir Valdo Valdrin Valen
    Valena Valene Valens Valentyn Valentyna Valer Valere Valeriane Valeriano Valerii Valeriia
    Valeriy Valeriya Valfrid Valia Valina Valli Vally Valma Valmir Valorie Valquiria Valrie
    Valters Valton Valy Valya Vamsi Vana Vander Vanderlei Vaneza Vangelis Vani Vanida Vanina
    Vanitha Vannesa Vanni Vannina Vanny Vansh Vanshika Vappu Varda Vardan Varian Varin Varinder
    Varinia Varja Varpu Vartan Vasant Vasanth Vashti Vasileios Vasilena Vasili Vasilia Vasilii
    Vasilij Vasilija Vasilije Vasilios Vasilis Vasilisa Vasiliy Vasilka Vasily Vasja Vasken Vaso
    Vassil Vassili Vassiliki Vassilis Vassily Vasu Vasundhara Vatroslav Vayda Vazgen Vazha
    Veaceslav Veasna Ved Vedad Vedrana Veena Vefa Vegas Vehbi Veiko Velda Velia Velibor Velika
    Velimir Velina Velizar Veljko Velko Vella Velleda Venanzio Vencel Venda Vendelin Venecia
    Venelin Venerando Venesa Veneta Venise Venita Venka Venkat Venkata Venke Ventsislav Veranika
    Vered Verene Verenice Verica Veridiana Verina Verka Verla Verle Verlyn Vern Vernard Vernell
    Vernice Vernita Veronic Vesela Veselin Veselina Veselinka Veselka Veselko Vesile Veska Vesko
    Vesselin Vesselina Vetle Veton Viaan Viacheslav Vian Vianey Vianna Viatcheslav Vibha Vica
    Vicenc Vicent Vicenzo Vickey Vicktor Vicktoria Victorio Victoriya Vidhya Vidmantas Vido
    Vidosava Vien Viena Vieno Vieri Vigan Vigdis Vignesh Vijaya Vijayalakshmi Vika Vikesh Viki
    Vikki Vikramjit Vikrant Viktoras Viktoriya Viktorya Vilas Vildana Vilem Vilhjalmur Vili
    Vilia Viliami Vilibald Vilija Vilim Vilja Viljam Viljar Villiam Villy Vilmar Vilson Vilte
    Vimal Vimala Vinayak Vincenta Vincentas Vincenz Vincenzina Vineet Vineeth Vinessa Vini Vinit
    Vinita Vinka Vinni Vinoth Vinton Vinzent Violaine Violanda Violante Violett Violina Vipin
    Vipul Vir Vira Virag Viren Virendra Virgen Virgie Virgile Virginija Virginijus Virginio
    Viriato Virna Viron Virtudes Virve Vishva Vishwa Visitacion Vit Vitalia Vitaliano Vitalie
    Vitalii Vitalij Vitalijus Vitalina Vitaliy Vitaly Vitas Vitezslav Vitold Vitomir Vitoria
    Vitorino Vitorio Vittore Vittorina Vittorino Vivaldo Vivan Viveca Vivek Vivette Vivia
    Viviann Vivianna Viviano Vivica Viviene Vivyan Viyan Vjera Vlada Vladan Vladana Vladas
    Vladimer Vladimira Vladimiro Vladimirs Vladislava Vladko Vladlen Vladlena Vladyslav
    Vlastimir Vlatka Vlatko Vlera Voitto Vojin Vojislav Vojka Vojko Vojo Volha Volmar Volodia
    Vona Vonda Vonetta Voula Vreni Vroni Vsevolod Vukan Vukasin Vukica Vuong Vyacheslav Vyara
    Vytas Vytenis Vytis Vyvyan Waad Waclaw Wadie Wadih Waheeda Wahib Waino Wais Wajahat Wajdi
    Wajid Wajih Wajiha Wakako Wakana Wala Walaa Waldir Waled Waleed Walentyna Waleria Waleska
    Walkiria Wallie Wanderley Wanderson Wandy Wanessa Waneta Wania Wanida Wanna Wanying Waqar
    Wardah Wardell Waris Warrick Wasan Wasi Wasif Wasil Wassil Wassily Wasyl Wataru Waverly
    Wayde Wayman Weam Weifeng Weiguo Weilin Weimin Weiwei Weiyi Welton Wenbo Wendee Wendi Wenhao
    Wenjie Wenjing Wenjun Wenli Wenliang Wenqi Wenwen Wenying Wesam Wessam Widar Wieslawa Wiggo
    Wiktoria Wilf Wilford Wilfrid Wilhem Wilhemina Willa Willam Willia Williamina Williard Willo
    Wincent Winford Wini Winna Winson Winsor Winta Winthrop Wioleta Wioletta Wisam Wissem Wivine
    Wladimiro Wladislaw Wladyslawa Wlodzimierz Wojtek Wolfdietrich Woodie Wyn Wyndham Wynter
    Wynton Xabi Xabier Xan Xana Xanthia Xaviere Xesus Xhavit Xhelal Xhevat Xhevdet Xiana Xiangyu
    Xiaobo Xiaodong Xiaofeng Xiaoguang Xiaohong Xiaohua Xiaohui Xiaojie Xiaojun Xiaolei Xiaoli
    Xiaolin Xiaoling Xiaolong Xiaomei Xiaomin Xiaoming Xiaoqing Xiaorong Xiaowei Xiaowen
    Xiaoxiao Xiaoyan Xiaoyi Xiaoying Xiaoyu Xiaoyue Xiaoyun Xina Xinxin Xinyan Xinyi Xinyu
    Xinyue Xiu Xoan Xochitl Xose Xulio Xun Yaacov Yaakov Yaara Yacin Yacob Yacoub Yacouba Yacov
    Yad Yadiel Yaeko Yafa Yaffa Yafit Yagiz Yahaira Yahel Yaima Yaira Yajaira Yajing Yakira
    Yakob Yakov Yali Yalin Yalina Yaling Yamac Yamato Yamen Yamil Yamileth Yancy Yane Yanela
    Yanelis Yanhong Yania Yanic Yaniel Yaniv Yanjun Yanka Yanko Yanli Yanling Yanni Yannie
    Yanqing Yanti Yanyan Yaqoob Yaquelin Yarden Yardena Yared Yaris Yariv Yaroslav Yaroslava
    Yaryna Yasaman Yasamin Yasen Yashar Yashi Yasine Yassen Yassmin Yasuaki Yasuhiko Yasuji
    Yasuko Yasumasa Yasunari Yasunobu Yasunori Yasuo Yasushi Yasutaka Yasuyuki Yating Yavor Yaya
    Yayoi Yaz Yazdan Yazen Yazmin Yazmine Yechiel Yedidya Yegor Yehia Yehonatan Yehoshua Yehuda
    Yehudah Yehudit Yehya Yejin Yekaterina Yelitza Yelizaveta Yella Yelyzaveta Yena Yendi Yener
    Yenis Yenni Yennifer Yeon Yeong Yeray Yero Yeshayahu Yeshi Yesmin Yetta Yeva Yevgeni
    Yevgeniy Yevgeniya Yevgeny Yevhen Yian Yianna Yianni Yiannis Yichen Yicheng Yifan Yifei
    Yigal Yihan Yihong Yihui Yijie Yijun Yildiray Yili Yilin Yiling Yimin Yiming Yingying Yinka
    Yinon Yiping Yiqing Yiran Yishai Yishan Yisroel Yiting Yitong Yitzchak Yitzchok Yitzhak
    Yiwen Yixin Yixuan Yiyang Yiyi Ylber Yliana Yll Ylli Yllka Yma Ymer Ynes Yngvar Yngvild Yoan
    Yoana Yoanna Yoav Yochanan Yocheved Yodit Yogendra Yogesh Yohanan Yohanes Yohann Yohanna
    Yohannes Yohei Yoichiro Yoji Yola Yolaine Yoland Yolene Yomna Yonas Yonel Yones Yony
    Yordanka Yorgos Yoriko Yoseph Yoshiaki Yoshie Yoshifumi Yoshiharu Yoshihide Yoshihiro
    Yoshihisa Yoshihito Yoshika Yoshikatsu Yoshikazu Yoshiki Yoshiko Yoshimasa Yoshimi
    Yoshimitsu Yoshinari Yoshinobu Yoshinori Yoshio Yoshiro Yoshitaka Yoshito Yoshitomo Yoshiya
    Yoshiyasu Yoshiyuki Yosif Yossef Yossi Yosuf Yota Yotam Youenn Youmna Youn Youna Younas
    Younis Younus Yousaf Yousof Youssif Youssouf Yousuf Yovan Yovana Yrjo Ysabella Ysabelle
    Yseult Ysidro Yuanyuan Yuchen Yucheng Yudai Yudelka Yudi Yudit Yudith Yudong Yufei Yugo
    Yuhan Yuhang Yuhao Yuhei Yuichi Yuichiro Yuji Yujia Yujie Yujin Yujiro Yujun Yukako Yukari
    Yukie Yukihiko Yukihiro Yukiko Yukino Yukinori Yukio Yuko Yuliet Yuliya Yume Yumei Yumi
    Yumin Yuming Yumna Yunes Yunior Yuping Yuqi Yuqing Yura Yurdagul Yuria Yurie Yurii Yurik
    Yurika Yuriko Yurina Yuriy Yusaku Yushan Yushi Yusof Yussef Yusuke Yutaka Yuting Yuto Yutong
    Yuuki Yuvaan Yuval Yuvan Yuwen Yuxi Yuxin Yuxuan Yuya Yuying Yuzuru Yvanna Yveline Yvelise
    Yvetta Yvie Yvona Yvone Zaara Zabrina Zacaria Zacarias Zaccaria Zachari Zackaria Zackariah
    Zackary Zackery Zade Zadok Zafira Zagorka Zaha Zahar Zahara Zahari Zahava Zahed Zaher Zahida
    Zahirah Zahoor Zahrah Zai Zaia Zaide Zaiga Zaim Zaima Zainah Zainal Zaine Zair Zakari
    Zakariah Zakarias Zakarie Zakariyya Zakary Zakarya Zakery Zakhar Zakiah Zakira Zakiyah
    Zakiyya Zakiyyah Zaklina Zaky Zala Zalan Zalia Zalika Zalina Zalman Zam Zamzam Zan Zanda
    Zandra Zaneta Zani Zao Zarak Zareen Zareena Zareh Zarema Zari Zarif Zarin Zarine Zarko Zarra
    Zarrin Zaven Zavier Zayda Zayed Zayna Zaynah Zayra Zbynek Zdena Zdenek Zdravka Zdzislaw
    Zdzislawa Zebulon Zeena Zeeshan Zeev Zehava Zeid Zein Zeina Zekai Zelia Zelie Zelig Zelina
    Zelinda Zeline Zeljka Zella Zelmira Zemira Zenaida Zenaide Zendaya Zeni Zephirin Zeren Zerin
    Zerlina Zeshan Zevi Zeyad Zeyn Zhan Zhana Zhanna Zhara Zhe Zhenya Zhenyu Zhenzhen Zhigang
    Zhihao Zhihui Zhijian Zhiming Zhiqiang Zhivka Zhivko Zhiwei Zhixin Zhiyi Zhiyong Zhiyu
    Zhiyuan Zhuo Zian Zidan Zied Ziemowit Ziga Zigmas Zigmund Zihan Zihao Ziheng Zijad Zijada
    Zijun Zikra Zila Zilda Zilia Zilvinas Zin Zinaida Zinat Zine Zineta Zinka Ziona Zipora Ziqi
    Zira Zishan Ziv Zivan Zivana Zivile Zivko Ziwei Zixi Zixin Zixuan Ziyan Ziyi Ziyu Zlata
    Zlatan Zlatina Zlatka Zlatomir Zoa Zobia Zoee Zoel Zofie Zoha Zohaib Zohar Zoheb Zoheir
    Zohre Zohreh Zoia Zoie Zoilo Zong Zonia Zooey Zophia Zorah Zorana Zorawar Zoraya Zorina
    Zornitsa Zosia Zouheir Zozan Zrinka Zsofi Zsofia Zsoka Zsuzsa Zubaida Zubair Zubeyr Zubin
    Zuha Zuhaib Zuhair Zuhayr Zuhra Zula Zulay Zuleika Zuleikha Zuleima Zuleyka Zuleyma Zulfikar
    Zulfiqar Zulfiya Zully Zulmira Zulqarnain Zumrut Zunaira Zuo Zura Zurab Zuri Zurine Zvezdan
    Zvezdana Zvi Zvjezdana Zvonimir Zvonimira Zyad Zygfryd Zygimantas Zygmunt Zyra Zyta
    """.split()
)
