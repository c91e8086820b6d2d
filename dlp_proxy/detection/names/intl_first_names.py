"""First names that deduce's Dutch list lacks: English, Belgian and German ones, as data.

Provenance: the `first_names*` tuples of Faker 40.63.0 (MIT licence, (c) 2012 Daniele Faraglia),
faker/providers/person/{en_US,en_GB,nl_NL,nl_BE,de_DE}/__init__.py, whose own sources are the
US Social Security Administration's baby-name tables (en_US), the UK Office for National
Statistics (en_GB), Statbel (nl_BE) and Faker's Dutch and German contributors. Copied here
once, offline (Faker is a benchmark dependency, not a run-time one): the names that deduce's
lst_first_name does not hold, single words only (the parts of "Hans-Dieter" are listed on
their own), less a few that are ordinary English or German words or places ("Grant", "Urban",
"Till", "Edit", "Drew", "Hardy", "Hagen"). The lexicon treats these like deduce's names: one
that is also an ordinary word is ambiguous there.

Regenerate: the Faker lists of those five locales, minus deduce_lists.first_names(), minus
names with a space, hyphen or dot, minus the word list above; sorted, wrapped at 100 columns.
"""

from __future__ import annotations

FIRST_NAMES = frozenset(
    """
    Abbie Achim Adelgunde Aenne Aleksandr Aleksej Alexej Alf Almut Almuth Anastasios Anatol Anatoli
    Anatolij Andrey Aneta Anett Annedore Annegret Annegrete Annekatrin Annelene Annett Anselm Ansgar
    Apostolos Aribert Arnd Arndt Arnfried Arnim Arnulf Ashlee Ashleigh Babett Baldur Bartholomäus Becky
    Benedikt Berndt Bernfried Bernward Bethan Betina Betti Beverley Birger Birgid Blake Blanka Bodo
    Bozena Brandi Branka Breanna Briana Briek Brooke Brunhild Bruni Burckhard Burghard Burkard Burkhard
    Burkhardt Bärbel Calogero Carolin Cassie Cathrin Catrin Centa Cetin Cilli Cilly Clive Cläre Cole
    Colton Corey Cory Cosimo Czeslaw Cäcilia Cäcilie Cécile Cédric Céline Dalton Dariusz Dierk Diethard
    Diethelm Diether Dietlind Dietlinde Dittmar Dorit Dorle Dorota Dragica Drago Dörte Dörthe Eberhardt
    Eckard Eckart Eckehard Eckhard Eckhardt Eckhart Edelbert Edelgard Edeltraud Edeltraut Edeltrud
    Eggert Ehrenfried Ehrentraud Ehrhard Eitel Ekkehard Ekkehart Elwira Elzbieta Emmerich Erdmute
    Erdogan Erhardt Evamaria Evangelia Felizitas Franjo Fredi Fredo Freia Fridolin Friedbert Friedemann
    Frieder Friedericke Friedhelm Friedhilde Friedhold Friedl Friedlinde Friedo Féline Garrett Gebhard
    Gereon Gerfried Gerhardt Gerhart Gerhild Gerlind Gernot Gero Gerolf Gertraud Gertraude Gertraut Gesa
    Gesche Geza Giesela Gisa Gislinde Godelieva Gordana Gotthard Gotthilf Gotthold Gottlob Grazyna Gregg
    Gretel Gretl Grit Grzegorz Guenter Guenther Gunar Gunda Gundel Gundi Gundolf Gundula Gunhild Guntram
    Gusti Gönül Götz Gülay Gülsen Gülten Günter Günther Hannchen Hanns Hansgeorg Hansjoachim Hansjörg
    Hansjürgen Hanspeter Hartmut Hartmuth Hartwig Hasso Heidelinde Heidelore Heidemarie Heiderose
    Heidrun Heimo Heiner Heinfried Helfried Hellmut Hellmuth Helmtrud Henner Herrmann Herwig Hildburg
    Hildegart Hildegund Hildegunde Hiltraud Hiltrud Hollie Hélène Hülya Hüseyin Ignatz Ignaz Ildiko Immo
    Ingbert Ingeburg Ingelore Ingetraud Ingetraut Ingolf Ingried Inken Irmela Irmengard Irmhild Irmi
    Irmingard Irmtraud Irmtraut Irmtrud Iwona Jaak Jacek Janett Janin Janusz Jaroslaw Jemma Jobst Joerg
    Jolanta Jonathon Josiane Jost Juergen Jurij Jörg Jörgen Jörn Jürgen Karlfried Karlheinz Karolin
    Kathi Kathrin Kati Katleen Katty Kelli Kerri Kerry Kirk Klemens Klothilde Kläre Knud Knut Konstanze
    Korbinian Kordula Korinna Kreszentia Kreszenz Kriemhild Kristiane Kristopher Krystal Kunibert
    Kunigunda Kunigunde Käte Käthe Käthi Lacey Latasha Leokadia Leonid Leszek Lidija Liesa Lieschen
    Liesel Lilija Lilo Lissi Ljiljana Ljubica Ljudmila Loni Lonnie Luitgard Lutgarde Lutgardis Lutgart
    Lutz Luzie Léon Madlen Magarete Magret Magrit Makayla Malgorzata Mareile Margita Margitta Mariechen
    Mariele Marieluise Maritta Mariusz Marliese Marlis Marzena Matthäus Mckenzie Mechthild Mechthilde
    Meik Meinhard Meinolf Meinrad Melitta Michaele Mijo Miodrag Miroslaw Miroslawa Nadeschda Nadeshda
    Nelli Nevenka Nichole Notburga Olena Ortrud Ortrun Otfried Othmar Ottfried Ottmar Ottokar Ottomar
    Oxana Pawel Pirmin Polina Priska Rabea Radmila Raik Raimund Rebekah Reimar Reimund Reingard Reinhild
    Renaat Roderich Romuald Rosel Rosl Rosmarie Rotraud Rotraut Rouven Ruthild Rüdiger Senol Shawna
    Shelia Sheri Sherri Sibille Siegbert Sieghard Siegmar Siegmund Siegried Siegrun Siegward Sigfried
    Sigismund Siglinde Sigmar Sigrun Sinaida Slavica Slavko Slawomir Slobodan Stacie Stavros Stilla
    Stjepan Susann Susi Swantje Swetlana Sylwia Sébastien Sönke Sören Sükrü Süleyman Tabea Tami Tammie
    Tanner Tassilo Telse Terrance Thaddäus Theodoros Theres Thibo Thilo Thoralf Tillmann Tilman Tilmann
    Tilo Timm Tinne Todd Tonya Toralf Traci Tracie Traude Traudel Traudl Traugott Traute Tricia Trudel
    Tülay Türkan Ulf Uli Ullrich Undine Urs Ursel Urszula Urte Uta Ute Utz Uwe Valeri Valerij Valère
    Vassilios Veit Vicki Vickie Vinko Vinzenz Vitali Vlado Volkhard Volkmar Véronique Waldtraut
    Walentina Walfried Walli Waltrud Wendelin Wenzel Wibke Wiebke Wieland Wieslaw Wigbert Wilfriede
    Willfried Willibald Willibert Wiltrud Witold Wojciech Woldemar Wolfhard Wulf Xaver Yesenia Zbigniew
    Zdenka Zdravko Zeljko Zenon Zenta Zlatko Zoltan Änne Ömer
    """.split()
)
