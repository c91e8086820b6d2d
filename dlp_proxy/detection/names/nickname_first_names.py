"""English diminutives and nicknames ("Deb", "Tash", "Kev", "Steph", "Jacqui") and the older English
given names of the same table that the other lists lack, as data. The lexicon counts them as
ambiguous first names (like "Will" or "Roos"): alone, one counts only where the sentence makes it
a person ("thanks, Deb", "ask Tash to"), since short forms are often also abbreviations.

Provenance: names.csv of the `nicknames` package 1.0.1 from PyPI (Apache-2.0; Carlton Northern
and Nick Crews, https://github.com/carltonnorthern/nicknames), both columns, filtered and copied
once, offline, by tools/regen_nickname_first_names.py (which says how).
"""

from __future__ import annotations

FIRST_NAMES = frozenset(
    """
    Abbigail Abbigale Abiel Abigale Abijah Absalom Adaline Adelphia Adena Adie Aggy Alanson
    Alazama Aleva Alfonse Alfy Algernon Algy Alixandra Alla Allisandra Allyson Almena Alphinias
    Alphus Alverta Alzada Amabel Ance Andi Andriane Anse Ansel Appoline Appy Aquilla Arabelle
    Araminta Archilles Arilla Arly Armena Armilda Arminda Arminta Arnie Arry Artelepsa Artemus
    Arthusa Arzada Asa Asahel Asaph Asenath Assene Athy Audree Aurilla Avarilla Azariah Barbery
    Barbie Barby Barticus Bazaleel Becca Bedelia Bedney Beedy Benjy Berney Bessie Bethena Bev
    Bezaleel Biddie Bige Billiewilhelm Birtie Boetius Breeanna Bri Bridgie Brina Brittnie Brose
    Bryanna Caity Caldonia Callie Calliedona Cally Calpurnia Cammie Carm Carmellia Carmon
    Carolann Carri Carthaette Cene Cenia Chauncey Chelle Chelsie Cheri Chesley Chet Cicely Cille
    Cintha Claud Cleatus Clo Clum Colie Cordelia Cordy Cornie Creasey Crys Curg Cyphorus
    Cyrenius Dacey Daisha Daph Daphie Darry Daycia Deb Deedee Delbert Della Delly Delores Delpha
    Delphia Demaris Demerias Democrates Derrek Dicie Dickon Dicy Dilly Dite Ditus Doda Dolph Dom
    Dony Dortha Dosia Dosie Dossie Dotha Dottie Doug Drea Drina Drusilla Dyce Dyche Ebbie Eben
    Edny Edye Edyth Edythe Effie Effy Eighta Elbertson Eldora Eleazer Elenor Eliphalel Eliphalet
    Ellender Ellswood Elminie Elnora Elsey Elswood Elwood Epaphroditius Eppa Epsey Ericka
    Eseneth Essa Essie Essy Eudicy Eudora Eudoris Eustacia Exie Ezideen Fallie Fally Falon Feli
    Feltie Felty Ferbie Fifi Francie Franklind Frannie Franniey Fredericka Frona Fronia Frony
    Garratt Garri Gatsy Geoff Govie Greenberry Greggory Grissel Gussie Hallie Harty Haseltine
    Hassie Hattie Haylen Hephsibah Hepsibah Hermie Hessy Hiel Hipsbibah Hipsie Hiram Hitty
    Hobkin Hodie Hody Hopp Horry Hosey Hosie Howie Humey Ignatzio Isadore Issy Jacqui Jaelin
    Jahoda Jailyn Jalen Jannett Jaye Jaylyn Jeb Jebadiah Jed Jedediah Jedidiah Jefferey Jehiel
    Jehu Jenn Jereme Jerita Jez Jezza Jincy Jinsy Johnathon Josetta Josey Josophine Juder Judson
    Julias Junie Junius Juston Kait Kaitie Kaitlynn Kalli Kameron Kasey Katelin Kendrik Kenj
    Kenzy Kev Killis Kimberli Kissy Kittie Kizza Kizzie Kym Kymberly Laffie Lainie Lamont Lanna
    Lanny Lanson Laodicia Laurinda Laveda Laverne Lavonia Lavonne Lawrie Leafa Lecurgus Lemuel
    Lessie Lettice Lettie Leve Levicy Levone Lias Lige Liley Lillah Lindsie Lineau Lish Lissia
    Littleberry Lonzo Loomie Lorie Lorne Lorrie Louvinia Lucias Luella Lunetta Lura Lurana Lyddy
    Maddi Madge Madie Maegen Magdelina Mahala Maisie Malc Mally Mamie Mandie Manerva Mantha
    Marcie Margaretta Marni Marv Masayuki Maty Mave Mavery Mavine Meaka Medora Mehitabel
    Melchizedek Mellia Mellie Mellony Melly Melvina Menaalmena Merci Merv Micajah Middie Miggy
    Miguael Miguaell Miguail Miguaill Miguayl Miguayll Miguell Miky Mima Mindie Minite Mittie
    Mitty Mitzie Monna Monnie Monteleon Montesque Monty Mose Myrt Myrti Nabby Nace Naldo Natius
    Ned Nels Nervie Nibby Nicey Nicholette Nicie Nikole Nollie Nonie Nonnie Norbu Norbusamte
    Norby Norry Obediah Obie Olph Onicyphorous Onie Onnie Ophi Orilla Orphelia Osaforum Osaforus
    Ossy Ote Otha Ozzy Parsuny Parthenia Pasoonie Pat Patti Peggie Pelegrine Penie Permelia
    Pernetta Phelia Phena Pheney Phenie Pherbia Pheriba Philetus Philinda Philly Provy Prudy
    Prue Quil Quilla Quillie Reba Rella Renius Retta Rhett Rhodella Rhyna Rhynie Riah Riane
    Riche Ricka Rickie Rienne Rilla Rilly Rodie Roge Rolly Ronie Ronna Rosabel Rosabella Rosaenn
    Rosaenna Roscoe Roseann Rosey Roxie Roz Ruminta Safie Safieel Sarilla Sceeter Sebby Senie
    Sephy Serilla Shel Shellie Shely Sherryl Shirl Sibbell Sibbie Sibbilla Sigfired Silla Sinah
    Smitty Solly Sondra Sonnie Sophronia Staci Stacia Steph Stephie Stephine Stu Sukey Suki
    Sulie Swene Sybill Syd Syphorous Tamarra Tamzine Tanafra Tash Tashie Tave Tavia Tempy Tensey
    Teri Terrie Thad Thaney Theodosia Theotha Thias Thomasa Thursa Tibbie Tiffy Tilford Tilla
    Tish Torie Torri Torrie Tranquilla Trish Trixie Tryphena Unice Vallie Vandalia Vangie Vanna
    Vannie Verna Vernisee Vessie Vicy Vij Vina Viney Virdie Virgy Viv Vonna Vonnie Westley Wilda
    Winnet Wint Winton Woodrow Wyncha Yeona Yoshihiko Yul Yulan Zachariah Zachery Zachy Zack
    Zada Zaddi Zadie Zadock Zakk Zebedee Zedediah Zeely Zeke Zeph Zolly
    """.split()
)
