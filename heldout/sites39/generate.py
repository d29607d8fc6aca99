"""Batch thirty-nine, kept back for issue 13 (template learning): four invented hosts, eighteen pages each, from
three decades of home-made publishing, drafted without any look at the extractor's source. Each essay below is
composed by this script; none was copied from anywhere.

    /work/main/.venv/bin/python heldout/sites39/generate.py OUTDIR [--seed 2039]

Writes OUTDIR/<host>/page-NN.html, and OUTDIR/<host>/truth/page-NN.md next to it (truth syntax: bench/scoring.py)
and OUTDIR/SOURCES.tsv at the top. Every host keeps one essayless page or two (no_essay: true). Same seed, same
bytes.

Hosts:
  luing     Puppet guild weblog, 2003, Movable Type 2.661 default templates: date header above the entry
            title, "posted" line with a word tally, extended entries, members-only continuations, a show
            notice typed inside the entry, comments in the entry's own paragraph markup, a sidebar listing recent
            entries and a calendar
  scarba    Mills group weblog, 2008, Serendipity 1.3: entry body and extended body, a wind diary and a
            mill-of-the-month table inside the text, karma votes and a reading tally in the footer line,
            trackbacks, threaded comments, sidebar plugins
  easdale   Microscopy club notes, 2015, Pelican 3.6 with the notmyidea theme: post-info block inside
            entry-content before the prose, a stats line, admonitions and slide tables among the paragraphs,
            a series box, some posts ending after part one, Disqus fallback text
  erraid    Quilt history community, 2024, Lemmy 0.19 web UI: the essay sits as a post body in the markdown
            container as the comments; bracket tags in post titles; the writer's own word tally as the first
            line; some posts ending "continued on my blog"; community sidebar counts

Taken verbatim from sets one to three: truth writing, invented reference lists, HTML escaping, thousands
separators, insertion points, plural nouns.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
import json
import random
import re
from datetime import date, datetime, timedelta
from pathlib import Path


def _load(name: str, folder: str):
    """Import a sibling batch's generate.py by file path."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parents[1] / folder / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


g = _load("sites1_generate", "sites")
g2 = _load("sites2_generate", "sites2")
g3 = _load("sites3_generate", "sites3")
norm, block_text, slug = g.norm, g.block_text, g.slug
fmt_int, esc, spot = g2.fmt_int, g2.esc, g2.spot
plural = g3.plural

PAGES_PER_SITE = 18

# Card fields, pipe-separated: host | title | subject | x (singular noun phrase) | people | setting | period
# (with 4-digit years) | three strands, parted by ";" | thesis | rival (both follow "that") | two facts, each one
# sentence, full stop once only.

ESSAY_CARDS = """
luing | The Squeaker in the Piazza | puppetry history | the Punch show Pepys watched in Covent Garden | the Italian showman Pietro Gimonde, the diarist Samuel Pepys and the fairground professors who came after | the piazza at Covent Garden | 1662 to 1720 | a hand puppet descended from Pulcinella; a booth small enough for one performer; a swazzle that made the voice | Mr Punch reached England as an Italian novelty and only later became a fixture of the seaside | Punch was always an English folk hero | Samuel Pepys recorded watching an Italian puppet play at Covent Garden in May 1662. | Punch's rasping voice comes from a small reed device called a swazzle, held in the performer's mouth.
luing | Three Hands for One Heroine | puppetry history | Osaka's bunraku theatre | the chanter Takemoto Gidayu, the playwright Chikamatsu Monzaemon and the puppeteers who learned to work in threes | the Dotonbori theatre district of Osaka | 1684 to 1740 | a chanter who voiced every role; plays written for the puppets rather than for actors; three operators for each leading figure | bunraku grew popular through its writers and chanters, and the famous three-person puppet came after that success | the three-man puppet was the original form of bunraku | Takemoto Gidayu opened the Takemoto-za theatre in Osaka in 1684. | Chikamatsu Monzaemon wrote many of his best-known plays for the puppet stage.
luing | All Night Behind the Screen | puppetry history | Javanese wayang kulit | the dalang who performs every voice, the gamelan players and the village hosts who pay for a night's show | the courts and villages of central Java | 1800 to 2003 | flat leather figures cut and painted with fine holes; an oil lamp throwing shadows on a cotton screen; stories taken from Indian epics | wayang kulit survived by serving village ceremonies as much as court taste | wayang kulit is a fixed court ritual that never changed | UNESCO proclaimed wayang puppet theatre a masterpiece of intangible heritage in 2003. | A single dalang may perform through the whole night.
luing | Strings above the Salzach | puppetry history | the Salzburg Marionette Theatre | the sculptor Anton Aicher, his son Hermann and the families who carried the company through two wars | the city of Salzburg | 1913 to 1977 | carved wooden marionettes on long strings; opera recordings replacing live singers; touring abroad to pay for the home stage | the Salzburg company lasted by marrying puppets to the city's opera fame | the theatre was kept alive by state support alone | Anton Aicher founded the Salzburg Marionette Theatre in 1913. | The Salzburg company is known for staging operas by Mozart with marionettes.
luing | Paladins in Tin Armour | puppetry history | Sicily's Opera dei Pupi | the puppet-making families of Palermo and Catania, the storytellers who knew the cycles by heart and the working audiences who came night after night | the popular theatres of Palermo and Catania | 1850 to 2001 | heavy rod marionettes in beaten metal armour; Charlemagne's knights fighting episode by episode; serial shows that ran for months | the pupi were a serial entertainment for working men, and their status as heritage came only when that audience vanished | the pupi were always a folk art cherished by everyone | UNESCO proclaimed the Opera dei Pupi a masterpiece of intangible heritage in 2001. | Sicilian pupi tell stories of Orlando and the other paladins of Charlemagne.
luing | The Silk Weaver's Glove | puppetry history | Guignol of Lyon | Laurent Mourguet, his companion character Gnafron and the silk workers who laughed at their own troubles | the quays and cafes of Lyon | 1808 to 1900 | a glove puppet speaking the local dialect; jokes about landlords and magistrates; a family firm passing the show down | Guignol began as satire for the workers of Lyon and was later softened into a children's show | Guignol was always meant for children | Laurent Mourguet created the puppet Guignol in Lyon around 1808. | Before he turned to puppets, Laurent Mourguet had worked in the silk trade.
luing | Scissors and Lamplight | puppetry history | Lotte Reiniger's The Adventures of Prince Achmed | the animator Lotte Reiniger, her husband Carl Koch and the small team working in a Potsdam attic | a studio at Potsdam near Berlin | 1923 to 1926 | silhouette figures cut from card with jointed limbs; a multiplane table shot frame by frame; a score composed for the film | Reiniger's film came from shadow-puppet craft applied to cinema, not from the cartoon trade | Prince Achmed was a cartoon in the Disney manner | The Adventures of Prince Achmed was released in 1926. | The figures in Prince Achmed were cut from card and lead and moved one frame at a time.
luing | A Frog from an Old Coat | puppetry history | Jim Henson's Sam and Friends | Jim Henson, Jane Nebel and the local television station that gave them five minutes a night | Washington in the 1950s | 1955 to 1961 | soft foam puppets made for the camera; the monitor used as a stage; a green frog made from a coat | Henson's puppetry was invented for the television screen, and its stage roots are slight | the Muppets simply carried old glove puppetry onto television | Sam and Friends first aired in Washington in 1955. | The first Kermit was made from an old coat belonging to Jim Henson's mother.
luing | Strings You Could See | puppetry history | Supermarionation | Gerry Anderson, Sylvia Anderson and the model makers at their Slough studio | the AP Films studios at Slough | 1960 to 1966 | electronic mouths synchronised with recorded dialogue; scale model vehicles and explosions; wires painted out by careful lighting | Thunderbirds succeeded as a model-effects show in which the marionettes mattered less than the machines | the marionettes were the main attraction | Thunderbirds was first broadcast in 1965. | Supermarionation puppets had mouths moved by a solenoid linked to the recorded voice.
luing | The Moscow Puppet Palace | puppetry history | Sergei Obraztsov's Central Puppet Theatre | Sergei Obraztsov, his company of rod puppeteers and the Soviet officials who funded them | Moscow | 1931 to 1992 | rod puppets made for large auditoriums; satirical revues aimed at Western culture; world tours that made the company famous | Obraztsov built a state institution that could satirise safely because it was a puppet theatre | the theatre was a propaganda tool with no artistic freedom | Sergei Obraztsov led the State Central Puppet Theatre in Moscow from its founding in 1931. | Obraztsov's company toured widely outside the Soviet Union.
luing | A Temperance Hall in Islington | puppetry history | the Little Angel Theatre | John Wright, Lyndie Wright and the carvers and operators who joined them | a bomb-damaged hall in Islington | 1961 to 1990 | a derelict building rebuilt by hand; marionettes carved in the workshop next door; children's shows funding ambitious adult work | the Little Angel survived by making its own puppets and its own audience | it was a purely children's theatre | John and Lyndie Wright opened the Little Angel Theatre in Islington in 1961. | The Little Angel Theatre occupies a former temperance hall.
luing | Bread After the Show | puppetry history | the Bread and Puppet Theater | Peter Schumann, his wife Elka and the volunteers who carried giant figures through the streets | New York and later a farm at Glover in Vermont | 1963 to 1998 | giant papier-mache figures carried in protest marches; sourdough bread baked and shared with audiences; summer pageants in a Vermont field | Bread and Puppet lasted by becoming a farm community rather than a touring company | the company was only a product of the Vietnam protests | Peter Schumann founded the Bread and Puppet Theater in New York in 1963. | Bread and Puppet performances traditionally end with bread shared among the audience.
luing | Latex Ministers | puppetry history | Spitting Image | the caricaturists Peter Fluck and Roger Law, the writers who fed them jokes and the politicians they mocked | a television workshop in London's Docklands and Birmingham | 1984 to 1996 | latex caricature puppets sculpted from photographs; weekly topical scripts; a workshop racing the news | Spitting Image mattered as an industrial workshop turning the week's news into latex | the programme brought down politicians | Spitting Image was first broadcast in 1984. | Peter Fluck and Roger Law were caricaturists before they made puppets.
luing | The Horse Made of Cane | puppetry history | Handspring's Joey in War Horse | the Handspring founders Basil Jones and Adrian Kohler, the National Theatre's directors and the three puppeteers inside each horse | Cape Town and the National Theatre in London | 1981 to 2007 | a frame of cane and leather you could see through; three operators breathing as one animal; years of small shows in South Africa | Joey was the product of decades of small-scale work in Cape Town, not a sudden West End invention | War Horse's success was owed to its story alone | Basil Jones and Adrian Kohler founded the Handspring Puppet Company in Cape Town in 1981. | War Horse opened at the National Theatre in 2007.
luing | Two Quarrelling Friends | puppetry history | Karagoz shadow theatre | the puppeteers of Ottoman coffee houses, the Ramadan audiences and the reformers who disliked the coarse jokes | Istanbul and Bursa | 1600 to 2009 | translucent camel-hide figures pressed against a screen; a pair of quarrelling heroes; performances during Ramadan evenings | Karagoz was coffee-house comedy first, and its national dignity is recent | Karagoz was a courtly art from the start | Karagoz and Hacivat are the two leading characters of Turkish shadow theatre. | Bursa claims the legend of how the two characters began.
luing | Puppets on the Pond | puppetry history | Vietnamese water puppetry | the villagers of the Red River Delta, the hidden puppeteers standing waist-deep and the Hanoi troupes who took it on tour | the village ponds of the Red River Delta | 1100 to 1990 | lacquered wooden figures on long underwater poles; a pagoda-like screen hiding the operators; festivals after the rice harvest | water puppetry was a farming community's festival art, and its stage version is a modern adaptation | water puppetry was always a theatre art for cities | Vietnamese water puppets are worked from behind a bamboo screen over a pool of water. | Water puppetry began in the villages of the Red River Delta.
luing | Felt on Broadway | puppetry history | the musical Avenue Q | the writers Robert Lopez and Jeff Marx, the puppet designer Rick Lyon and the producers who moved it from a small theatre | off-Broadway and Broadway in New York | 2003 to 2009 | puppets in the Sesame Street manner with adult jokes; operators in plain view on stage; a small production that won the big award | Avenue Q borrowed a children's visual language to talk to adults, and its victory owed much to clever marketing | Avenue Q's success was a fluke | Avenue Q won the Tony Award for Best Musical in 2004. | In Avenue Q the puppeteers stay in full view of the audience.
scarba | Draining the Alblasserwaard | mill history | the mill line at Kinderdijk | the water boards of the Alblasserwaard, the millers who lived inside the mills and later the pumping engineers | the polders of South Holland | 1738 to 1997 | rows of mills lifting water in stages; millers' families living in the towers; steam pumps arriving to take over | the Kinderdijk mills survived as a working system long enough to become a monument | the mills were built as a tourist attraction | Most of the mills at Kinderdijk were built around 1740. | Kinderdijk was added to the UNESCO World Heritage List in 1997.
scarba | The Lake That Became a Field | mill history | the drainage of the Beemster | the engineer Jan Adriaanszoon Leeghwater, the Amsterdam merchants who paid and the farmers who moved onto the new land | the Beemster north of Amsterdam | 1607 to 1612 | dozens of windmills pumping in series; a ring dike and canal around the lake; merchant investors expecting rent | the Beemster was drained by merchant capital using windmills as pumps, more than by engineering genius | Leeghwater drained the lake single-handed | The Beemster lake was drained by 1612. | Dozens of windmills were used to pump the Beemster dry.
scarba | The Little Wheel at the Back | mill history | Edmund Lee's fantail | the blacksmith Edmund Lee, the millers who fitted his device and the millwrights who improved it | English windmills of the eighteenth century | 1745 to 1800 | a small wheel set at right angles to the sails; gearing that turned the cap; millers freed from the tail pole | the fantail spread slowly because it suited tower mills better than the post mills most millers had | the fantail was adopted at once everywhere | Edmund Lee patented a fantail for windmills in 1745. | A fantail turns the mill to face the wind without the miller's help.
scarba | Sails That Reef Themselves | mill history | William Cubitt's patent sail | the engineer William Cubitt, the Suffolk millers who tried the sails and the ironfounders who made the shutters | the windmills of East Anglia | 1807 to 1850 | hinged shutters in place of canvas; a rod through the windshaft worked from the ground; a weight that balanced the wind | patent sails saved labour and danger, but most of all they let one miller work alone | patent sails were mainly about more power | William Cubitt patented his self-regulating sails in 1807. | Patent sails could be adjusted from the ground while the mill was turning.
scarba | A Mill That Turns Whole | mill history | the post mill at Bourn | the millers of Cambridgeshire, the villagers who depended on them and the preservation society that bought the mill | the village of Bourn in Cambridgeshire | 1636 to 1932 | a whole body balanced on a single post; a tail pole pushed round by hand; repairs that kept old timbers in use | Bourn's great age owes more to constant repair than to original building | the mill survives unchanged from the seventeenth century | Bourn Windmill is often said to be the oldest surviving windmill in England. | In a post mill the whole body turns on a central post to face the wind.
scarba | Giants on the Ridge | mill history | Don Quixote's windmill scene | Miguel de Cervantes, the millers of La Mancha and the tourists who came looking for the giants | the ridge at Campo de Criptana in La Mancha | 1605 to 1960 | a novel's most famous scene; white tower mills on a dry ridge; restoration for visitors | La Mancha's mills became famous through a joke in a novel, and their modern restoration serves that fame | the mills were always celebrated for themselves | Cervantes published the first part of Don Quixote in 1605. | Campo de Criptana keeps a row of restored windmills on its ridge.
scarba | Dancing Under the Sails | mill history | the Moulin de la Galette | the Debray family who owned the mill, the painter Pierre-Auguste Renoir and the Montmartre crowds who came to dance | the hill of Montmartre in Paris | 1830 to 1900 | old mills turned into a dance hall; a flat griddle cake that gave the name; painters living cheaply nearby | the Galette earned its fame as a dance hall, long after its mills stopped grinding | the mill was famous mainly for its flour | Renoir painted his Bal du moulin de la Galette in 1876. | The Moulin de la Galette took its name from a flat bread sold there.
scarba | Windpumps on the Prairie | mill history | Daniel Halladay's self-governing windmill | the mechanic Daniel Halladay, the railway companies that needed water and the ranchers on the Great Plains | the farms and railway lines of the American West | 1854 to 1900 | blades that folded in strong wind; pumps filling tanks for steam engines; mail-order windmills on every homestead | the windpump spread because railways and ranches needed water, and farmers followed | the windpump was invented for small family farms | Daniel Halladay patented a self-governing windmill in 1854. | Windpumps filled water tanks for steam locomotives across the Great Plains.
scarba | Five Thousand Trials | mill history | the Aermotor steel windmill | the engineer Thomas Perry, the businessman La Verne Noyes and the farm dealers who sold the machines | a factory in Chicago | 1883 to 1900 | thousands of tests on blade shapes; curved steel sails replacing wood; low prices from mass production | Aermotor won the market through test data and factory pricing rather than craft | wooden windmills were simply better made | The Aermotor company began making steel windmills in Chicago in 1888. | Thomas Perry ran more than five thousand tests on windmill designs.
scarba | The Mansion's Battery House | mill history | Charles Brush's wind dynamo | the inventor Charles Brush, his workmen and the household that lived by electric light | Brush's mansion in Cleveland, Ohio | 1888 to 1908 | a giant rotor with many thin blades; a dynamo charging batteries in the cellar; an electric house long before the grid | Brush's machine was a rich man's power plant, and its lessons concerned storage rather than wind | Brush founded the wind power industry | Charles Brush built a large wind-driven dynamo at his Cleveland home in 1888. | The Brush machine charged batteries in the house's cellar.
scarba | Hydrogen from the Wind | mill history | Poul la Cour's work at Askov | the teacher Poul la Cour, his students at the folk high school and the rural electricians they trained | the folk high school at Askov in Denmark | 1891 to 1908 | a wind tunnel for testing sails; electricity split water into hydrogen for lamps; courses for country electricians | la Cour's lasting work was in teaching and measurement, not in any one machine | la Cour invented the modern wind turbine | Poul la Cour began experimenting with wind electricity at Askov in 1891. | Poul la Cour used wind power to make hydrogen by splitting water.
scarba | The Blade on Grandpa's Knob | mill history | the Smith-Putnam wind turbine | the engineer Palmer Putnam, the S Morgan Smith Company and the Central Vermont utility that took the power | a hilltop called Grandpa's Knob in Vermont | 1939 to 1945 | a two-bladed rotor on a steel tower; power fed into a public grid; wartime shortages delaying repairs | the Smith-Putnam machine proved large wind turbines could feed a grid, and wartime delays ended it | the project failed because the design was wrong | The Smith-Putnam wind turbine first fed power into the grid in 1941. | The Smith-Putnam turbine lost a blade in 1945.
scarba | Flour in Brixton | mill history | Ashby's Mill in Brixton | the Ashby family of millers, the neighbours who watched London spread around it and the council that restored it | Brixton in south London | 1816 to 2011 | a tower mill built on farmland; engines taking over from the sails; a community campaign for restoration | the Brixton mill survived because it was forgotten, not because it was valued | the mill was always cherished by its neighbours | The windmill at Brixton was built in 1816. | The restored Brixton Windmill reopened to visitors in 2011.
scarba | Sails in the Wall | mill history | the Nashtifan mill row | the villagers of Khorasan, the mill keepers who maintained the blades and the visitors who rediscovered them | the village of Nashtifan in eastern Iran | 1200 to 2020 | vertical blades turning behind clay walls; steady winds from the north; millstones beneath the rotors | Nashtifan's mills endure because of the village's winds and care, not because the design is primitive | vertical-axis mills were a dead end | The mills at Nashtifan turn on vertical axes. | The mills of Nashtifan are built of clay, straw and wood.
scarba | Two Tides a Day | mill history | the tide mill at Woodbridge | the Augustinian canons who first owned a mill there, later millers and the trust that restored it | the River Deben at Woodbridge in Suffolk | 1170 to 1957 | a pond filled by the rising tide; grinding only as the water ran out; an eighteenth-century rebuilding | the Woodbridge mill shows how tide mills fitted the rhythm of a working port | tide mills were a curiosity of little importance | A tide mill at Woodbridge is recorded as early as 1170. | The present Woodbridge Tide Mill building dates from 1793.
scarba | A Register of Sails | mill history | the Windmill Section of the Society for the Protection of Ancient Buildings | the engineer Rex Wailes, the society's volunteers and the last working millers they recorded | the English countryside between the wars | 1929 to 1960 | surveys of every mill still standing; repair grants for the few they could save; photographs and notes of vanishing trades | the Windmill Section saved the record of milling more than it saved the mills | the section rescued most English windmills | The Society for the Protection of Ancient Buildings set up a section for windmills in 1929. | Rex Wailes became a leading historian of English windmills.
scarba | Jack Stands, Jill Moves | mill history | the Clayton pair of windmills | the millers of the South Downs, the owners who moved a post mill from Brighton and later the volunteers who restored Jill | the downs above Clayton in Sussex | 1852 to 1986 | a post mill hauled across the downs by oxen; a tower mill built beside it; two neighbours with different fates | Jack and Jill show that moving a mill was ordinary, and that nicknames keep mills famous | the two mills were built as a pair | Jill, the Clayton post mill, was moved there from Brighton in 1852. | Jack, the Clayton tower mill, was built in 1866.
scarba | Five Thousand Wheels | mill history | Domesday's count of mills | the Norman commissioners, the lords who owned the mills and the tenants who paid to grind | England in 1086 | 1066 to 1200 | waterwheels on streams across England; the lord's right to make tenants use his mill; windmills not yet known | medieval milling was a lord's monopoly first and a technology second | the mills were a sign of advanced engineering | The Domesday Book of 1086 records more than five thousand mills in England. | Windmills are not recorded in England until the late twelfth century.
easdale | Animalcules in Rainwater | microscopy history | Leeuwenhoek's discovery of animalcules | Antonie van Leeuwenhoek, the Royal Society's secretary Henry Oldenburg and the Fellows who doubted him | a draper's house in Delft | 1673 to 1683 | tiny single-lens instruments ground or blown by hand; letters describing creatures in water; witnesses sent to confirm | Leeuwenhoek's discoveries depended on persistence and letters as much as on lenses | Leeuwenhoek had secret lenses far ahead of anyone | Antonie van Leeuwenhoek described tiny living creatures in water in a letter of 1676. | Leeuwenhoek made his own single-lens microscopes.
easdale | Theory in the Workshop | microscopy history | the partnership of Carl Zeiss and Ernst Abbe | the instrument maker Carl Zeiss, the physicist Ernst Abbe and the Jena workshop hands who built to calculation | the university town of Jena | 1846 to 1889 | lenses computed before they were ground; strict testing of every objective; a workshop turned into a foundation | the Zeiss workshop succeeded by replacing trial and error with calculation, which took decades to pay | Zeiss microscopes won through better craftsmanship alone | Carl Zeiss opened his workshop in Jena in 1846. | Ernst Abbe began working with Carl Zeiss in 1866.
easdale | Glass to Order | microscopy history | Otto Schott's optical glass | the chemist Otto Schott, Ernst Abbe and the glassworkers of the new Jena works | Jena in Thuringia | 1879 to 1900 | glass melted to new recipes; lenses free of colour fringes; a works founded with state help | Jena glass made apochromatic objectives possible, so the microscope's progress rested on chemistry | better lens design alone improved microscopes | Otto Schott's glassworks was founded in Jena in 1884. | Schott worked with Ernst Abbe on new kinds of optical glass.
easdale | A Wine Merchant's Lenses | microscopy history | Joseph Jackson Lister's achromatic objective | Joseph Jackson Lister, the London opticians who built his designs and his son Joseph Lister | London | 1826 to 1840 | paired lenses spaced to cancel blur; an amateur's careful calculations; trade makers adopting the design | Lister's amateur work cured the blur that had made microscopes untrustworthy | achromatic lenses were a trade invention | Joseph Jackson Lister published his paper on improving microscope objectives in 1830. | Joseph Jackson Lister was a wine merchant by trade.
easdale | Particles That Would Not Sit Still | microscopy history | Robert Brown's account of moving particles | the botanist Robert Brown, his fellow naturalists and the physicists who later explained what he saw | London, with plant samples from Australia | 1827 to 1905 | pollen grains releasing particles that jiggled; tests with dust and glass to rule out life; the nucleus spotted in orchid cells | Brown's value lay in careful elimination rather than in theory, and others explained his motion later | Brown understood the cause of the motion | Robert Brown reported the jiggling motion of tiny particles in 1827. | Robert Brown named the cell nucleus in 1831.
easdale | The Black Reaction | microscopy history | the quarrel between Golgi and Cajal | Camillo Golgi, Santiago Ramon y Cajal and the Nobel committee that paired them | the laboratories of Pavia and Madrid | 1873 to 1906 | silver staining that blackened single nerve cells; drawings made from hours at the eyepiece; a shared prize and a public dispute | Cajal used Golgi's stain to reach a conclusion Golgi rejected, so the method outlived its inventor's view | Golgi and Cajal agreed on the nervous system | Camillo Golgi published his black reaction staining method in 1873. | Golgi and Cajal shared the Nobel Prize in 1906.
easdale | Seeing with Electrons | microscopy history | the first electron microscope | Ernst Ruska, Max Knoll and the Siemens engineers who built the first commercial models | the Technical University in Berlin | 1931 to 1939 | magnetic coils focusing an electron beam; images first weaker than light microscopes; industry funding further work | the electron microscope began as a student project whose promise was proved only later | the first machine beat light microscopes at once | Ernst Ruska and Max Knoll built an early electron microscope in 1931. | Ernst Ruska received a Nobel Prize in 1986.
easdale | Light Slowed Down | microscopy history | Frits Zernike's phase contrast | the physicist Frits Zernike, the Zeiss company that first dismissed him and the biologists who adopted the method | Groningen in the Netherlands | 1932 to 1953 | invisible cells made visible without stain; an idea from checking grating errors; industry slow to take it up | phase contrast came from physics, and biology was slow to see what it offered | phase contrast was a biologist's invention | Frits Zernike developed phase contrast microscopy in the 1930s. | Frits Zernike received the Nobel Prize in Physics in 1953.
easdale | A Needle over Atoms | microscopy history | the scanning tunnelling microscope | Gerd Binnig, Heinrich Rohrer and their colleagues at IBM's Zurich laboratory | IBM's research laboratory near Zurich | 1979 to 1986 | a sharp tip held just above a surface; a current that changes with distance; vibration isolation fighting every footstep | the scanning tunnelling microscope succeeded by mastering vibration more than by any new physics | the microscope was a straightforward application of theory | Gerd Binnig and Heinrich Rohrer built the scanning tunnelling microscope in 1981. | Binnig and Rohrer shared the Nobel Prize in Physics in 1986.
easdale | A Pinhole Patent | microscopy history | Marvin Minsky's confocal microscope | Marvin Minsky, his Harvard workshop and the later biologists who made confocal imaging routine | Harvard in the 1950s | 1955 to 1961 | a pinhole rejecting light from out-of-focus planes; a stage moved point by point; no way yet to store the picture | Minsky's design waited for computers and lasers before it could matter | confocal microscopy was invented in the 1980s | Marvin Minsky filed a patent for a confocal microscope in 1957. | Minsky's confocal patent was granted in 1961.
easdale | Diatoms in Rosettes | microscopy history | the Victorian diatom arrangement | the Victorian slide mounters, the amateur societies that prized their work and the dealers who sold the slides | the microscopy clubs of Victorian Britain and Germany | 1860 to 1900 | tiny silica shells placed one by one with a hair; symmetrical patterns under a cover glass; slides sold as luxury items | the arrangements were craft objects for amateurs, valued for skill more than science | diatom slides were scientific specimens first | Victorian slide makers arranged diatoms into patterns one by one. | Diatoms have cell walls made of silica.
easdale | A Society for the Eyepiece | microscopy history | the Microscopical Society of London | the founding members, the instrument makers among them and the amateurs who filled its meetings | London | 1839 to 1866 | evening meetings around shared instruments; a journal of observations; standards for slides and parts | the society's lasting gift was standardisation, not discovery | the society existed for social prestige | The Microscopical Society of London was founded in 1839. | The society became the Royal Microscopical Society in 1866.
easdale | The Tripod in the Parlour | microscopy history | Edmund Culpeper's microscope | the London maker Edmund Culpeper, the gentlemen buyers and the copyists who sold his design for decades | London instrument shops | 1725 to 1820 | a double tripod of brass or wood; a cheap design easy to copy; parlour demonstrations of fleas and hairs | Culpeper's microscope lasted because it was cheap and good enough for polite amusement | the design lasted because of its optical quality | Edmund Culpeper made his tripod microscope around 1725. | Culpeper's design was copied for about a century.
easdale | A Microscope for a Dollar | microscopy history | the Foldscope | Manu Prakash, his students at Stanford and the teachers who tried it in classrooms | a bioengineering laboratory at Stanford | 2012 to 2015 | a body of folded card; a tiny ball lens pressed into place; field trials in schools | the Foldscope's point is distribution and cost, and its optics matter less | the Foldscope is a toy with no scientific value | The Foldscope is a folding microscope made mostly of paper. | The Foldscope was developed in Manu Prakash's laboratory at Stanford.
easdale | Purple and Pink | microscopy history | Hans Christian Gram's stain | the physician Hans Christian Gram, the Berlin mortuary laboratory where he worked and the bacteriologists who adopted his method | a Berlin hospital laboratory | 1882 to 1900 | crystal violet and iodine fixing colour; alcohol washing it from some bacteria; a counterstain added later | Gram's stain became useful for a reason Gram did not expect | the stain was designed to sort bacteria | Hans Christian Gram published his staining method in 1884. | Bacteria are still described as Gram-positive or Gram-negative.
easdale | Crystals on Black Velvet | microscopy history | Wilson Bentley's snowflake photography | Wilson Bentley, his farming family and the scientists who later bought his prints | a farm at Jericho in Vermont | 1885 to 1931 | a camera joined to a microscope; snowflakes caught on black cloth; thousands of plates made in the cold | Bentley's pictures made an idea popular that his own data did not prove | Bentley proved no two snowflakes are alike | Wilson Bentley photographed a snowflake through a microscope in 1885. | Wilson Bentley photographed thousands of snow crystals.
easdale | Three by One | microscopy history | the standard glass slide | the London microscopists who argued for a standard, the slide dealers and the collectors with cabinets of ivory sliders | London | 1835 to 1850 | ivory sliders holding specimens between mica discs; a glass slip of fixed size; cabinets built to fit | the standard slide mattered because it let strangers trade and store specimens | slide size was a matter of taste | The three by one inch glass slide became a British standard in the early 1840s. | Earlier specimens were often held in ivory or bone sliders.
erraid | Quilts from the River Bend | quilt history | the Gee's Bend quilting tradition | the quilters of Gee's Bend, the collector William Arnett and the museums that showed their work | Gee's Bend in Alabama | 1930 to 2002 | quilts pieced from work clothes and feed sacks; bold improvised patterns; a touring exhibition | Gee's Bend quilts came from thrift and family teaching, and the art world found them late | the quilters were consciously making modern art | The Quilts of Gee's Bend exhibition opened in Houston in 2002. | Gee's Bend is a small community on a bend of the Alabama River.
erraid | Quilts on a Museum Wall | quilt history | the Whitney's 1971 quilt exhibition | the collectors Jonathan Holstein and Gail van der Hoof, the Whitney curators and the critics who compared quilts to painting | the Whitney Museum in New York | 1971 to 1980 | quilts hung like abstract paintings; pieces chosen for graphic effect; a revival of quilting | the exhibition changed how quilts were seen by ignoring how they were made and used | the exhibition honoured quilt makers | Abstract Design in American Quilts opened at the Whitney Museum in 1971. | The quilts in the Whitney show were hung on the walls like paintings.
erraid | Panels for the Names | quilt history | the AIDS Memorial Quilt | the activist Cleve Jones, the friends who sewed panels for the dead and the volunteers who folded it | San Francisco and the National Mall in Washington | 1987 to 1996 | panels the size of a grave; displays on the Mall; names read aloud | the quilt worked because anyone could make a panel, so it was a public memorial built by private grief | the quilt was mainly a fundraising campaign | The AIDS Memorial Quilt was begun in San Francisco in 1987. | The quilt was first displayed on the National Mall in 1987.
erraid | Album Blocks in Baltimore | quilt history | the Baltimore album quilt | the Methodist women of Baltimore, the professional designers who drew blocks and the brides and ministers who received them | Baltimore in the 1840s | 1840 to 1855 | appliqued blocks drawn by different hands; inked signatures on the blocks; printed fabrics from the mills | album quilts were gifts that marked community ties, and some blocks were professional work | each album quilt was the work of one gifted woman | Baltimore album quilts were made mainly in the 1840s. | Many album quilts carry signatures inked on their blocks.
erraid | Stories in Applique | quilt history | Harriet Powers' Bible quilt | Harriet Powers, the artist Jennie Smith who bought the first quilt and the Smithsonian curators who later acquired it | Athens in Georgia | 1886 to 1898 | applique scenes from the Bible; a cotton fair where the quilt was shown; notes recording the maker's own explanations | Powers' quilts survive because a buyer wrote down what she said, so her voice depends on that record | the quilts speak for themselves without any record | Harriet Powers showed a Bible quilt at a cotton fair in Athens, Georgia, in 1886. | One of Harriet Powers' quilts is held by the Smithsonian.
erraid | Knights in Linen | quilt history | the Tristan quilt | the Sicilian workshop that made it, the noble families who owned it and the museums that split it | Sicily in the fourteenth century | 1360 to 1400 | padded linen with scenes from a romance; lettering stitched in the fabric; two parts held apart | the Tristan quilt is a luxury furnishing, so its story scenes served status more than storytelling | the quilt was a devotional object | The Tristan quilt was made in Sicily in the late fourteenth century. | Part of the Tristan quilt is held by the Victoria and Albert Museum.
erraid | Silk Gone Crazy | quilt history | the crazy quilt | the middle-class women who made them, the magazines that printed patterns and the silk manufacturers who sold scraps | American parlours of the 1880s | 1876 to 1900 | irregular silk patches; heavy embroidery along every seam; parlour throws rather than bedding | the crazy quilt was a fashion product driven by magazines and silk sellers | crazy quilts were made from thrift | The Japanese pavilion at the 1876 Philadelphia Centennial is often said to have inspired crazy quilts. | Crazy quilts were usually displayed as parlour throws rather than used on beds.
erraid | A Code Nobody Wrote Down | quilt history | the Underground Railroad quilt code story | the authors of a popular book, the historians who checked it and the teachers who adopted it | the United States of the 1990s | 1999 to 2010 | a family story recorded late; patterns said to be signals; no period evidence found | the quilt code is a modern story, and its popularity reflects the present rather than the past | quilts guided escaping slaves | The book Hidden in Plain View, which popularised the quilt code story, was published in 1999. | Historians have found no period evidence of quilts used as signals.
erraid | Breadfruit in Applique | quilt history | the Hawaiian quilt | Hawaiian women, the missionary wives who taught sewing and the families who kept patterns private | the Hawaiian Islands | 1820 to 1900 | one large folded-paper design cut from a single piece; echo quilting around the shapes; patterns treated as family property | the Hawaiian quilt took a foreign technique and made it local through design | Hawaiian quilts simply copied missionary patterns | Missionary women introduced sewing to Hawaii in 1820. | Hawaiian quilt designs are usually cut from a single folded piece of fabric.
erraid | Paid by the Bureau | quilt history | the Durham quilting scheme | the Rural Industries Bureau, the miners' wives of County Durham and South Wales and the London buyers | the mining districts of County Durham | 1928 to 1945 | orders placed for skilled quilters; whole-cloth quilts with traditional patterns; sales to wealthy buyers | the scheme kept a skill alive by treating it as paid work | the scheme was charity | The Rural Industries Bureau started a quilting scheme for mining areas in 1928. | The scheme's quilts were sold to wealthy buyers in London.
erraid | Flour in Flowered Cotton | quilt history | the feed sack quilt | the farm wives who saved sacks, the mills that printed sacks in patterns and the quilters who traded them | rural America in the 1930s | 1925 to 1960 | cotton sacks printed with patterns; trading among neighbours to match prints; quilts pieced from everyday packaging | the feed sack quilt shows a company marketing to women more than pure thrift | the feed sack quilt was pure poverty | Cotton feed sacks printed in patterns were used for quilts and clothes from the 1920s. | Mills printed patterns on sacks to attract the women who chose the feed.
erraid | Little Stabs | quilt history | sashiko | Japanese farming and fishing families, the women who stitched and later the designers who made it fashionable | rural northern Japan | 1700 to 1930 | layers of cloth stitched to make them stronger; white thread on indigo; patterns with names | sashiko began as repair and only later became decoration | sashiko was always an art form | Sashiko began as a way to strengthen and mend work clothes in Japan. | The word sashiko means little stabs.
erraid | A Blade That Rolls | quilt history | the rotary cutter | the Olfa company in Japan, the quilting teachers who spread quick methods and the fabric shops that sold them | quilt shops in the United States | 1979 to 1995 | a round blade used with a ruler; a cutting mat; strip piecing | the rotary cutter changed how quilts were made more than how they looked | the rotary cutter only made quilting faster | The Olfa company introduced the rotary cutter in 1979. | Rotary cutters are used with a ruler and a self-healing mat.
erraid | Colours of Sindh | quilt history | the ralli quilt | the women of Sindh and Rajasthan, the families who gave quilts as dowry and the collectors who bought them | Sindh and the neighbouring parts of India and Pakistan | 1900 to 2020 | cotton scraps in bright colours; running stitch across the whole surface; quilts made together by women | ralli quilts are community work, and the single-maker label misleads | ralli quilts are individual works | Ralli quilts are made in Sindh and neighbouring regions of India and Pakistan. | Many ralli quilts are sewn by women working together.
erraid | Sewn at Sea | quilt history | the Rajah quilt | the women on the convict ship Rajah, Elizabeth Fry's committee and the later collectors who found the quilt | the convict ship Rajah sailing to Van Diemen's Land | 1841 to 1989 | sewing kits supplied by a charity; a panel of chintz among the patchwork; an inscription addressed to the charity | the Rajah quilt records a charity project more than the voices of the women who made it | the quilt is the women's own testimony | The Rajah quilt was made by women convicts on a voyage to Van Diemen's Land in 1841. | Elizabeth Fry's committee supplied sewing materials to women transported as convicts.
erraid | Signatures from Changi | quilt history | the Changi quilt project | the women interned at Changi in Singapore, the organiser Ethel Mulvany and the Red Cross who carried the quilts | Changi prison in Singapore | 1942 to 1945 | squares embroidered with names; quilts sent to hospitals holding men; messages hidden in the stitching | the Changi quilts were a way to send news past the guards, with comfort as their cover | the quilts were only gifts | Women interned at Changi made signature quilts in 1942. | The Changi quilts carried hidden messages to men held in other camps.
erraid | Raised in Relief | quilt history | Marseille whitework | the workshops of Provence, the merchants who exported the work and the householders who bought it | Marseille and Provence | 1650 to 1800 | white cotton quilted without colour; cords and stuffing pushed in to raise the design; exports across Europe | Marseille whitework was a commercial export, and the French home craft grew from it | whitework was only a folk craft | Marseille quilting was exported widely in the seventeenth and eighteenth centuries. | In Marseille whitework, cords and stuffing raised the design.
"""

SCHOLARS = ["Tulloch", "Macphail", "Gillies", "Macquarrie", "Maclean", "Rankin", "Mackinnon", "Munro",
            "Macfadyen", "Maclure", "Mathieson", "Macnab", "Kinnear", "Cruden", "Gourlay", "Baillie", "Birse",
            "Melrose", "Orrock", "Petrie", "Aitken", "Hepburn", "Keiller", "Mearns"]

OPENING = [
    "Nearly every club newsletter has run a paragraph on {x} at some point.",
    "{X} sounds like a settled matter until you open the files.",
    "I came to {x} sideways, through a box of papers bought for another reason.",
    "{X} gets told in a hurry, and hurried stories bend.",
    "Friends kept asking me about {x}, so here is my long answer.",
    "I have never trusted the neat account of {x}.",
    "For a while {x} was my winter reading.",
    "Handbooks spare {x} a paragraph, if that.",
    "From afar {x} seems simple.",
    "What follows began as a talk on {x} and grew.",
    "Few subjects in our field are retold as often as {x}.",
    "Let me start with {x}, and with what is usually left out.",
]
FRAME = [
    "Most of it happens in {setting}.",
    "The main players are {people}.",
    "The dates run roughly {period}.",
    "Where evidence runs out, I flag it.",
    "Nothing below is new research; it is a careful rereading.",
    "Some threads I cannot tie off.",
]
ROADMAP = [
    "The piece moves from {s1} to {s2} before it argues anything.",
    "Each part tests one common belief.",
    "Dates give the order, more or less.",
    "{S1} gets most space, having left most paper.",
    "The objections get a hearing near the end.",
]
QUESTION_LEAD = [
    "My nagging question: {question}",
    "So the real issue is this: {question}",
    "Stripped down, it comes to one question: {question}",
    "Everything here circles a single question: {question}",
]
QUESTIONS = ["how did {x} end up in the form we know?",
             "who among {people} really set the course?",
             "does the familiar account of {x} hold up?",
             "how would {setting} have fared without it?"]
CLAIM_THESIS = [
    "I hold that {thesis}.",
    "This piece argues that {thesis}.",
    "From what I have been able to check, {thesis}.",
    "In short, {thesis}.",
    "Lay {s1}, {s2} and {s3} together and one conclusion follows: {thesis}.",
    "Reading the record slowly, I find that {thesis}.",
    "Years among these papers convince me that {thesis}.",
    "One line carries my argument: {thesis}.",
]
LEDE = [
    "{X} was long in preparation.",
    "Understanding {x} means stepping back a few years.",
    "{X} needs some scenery first.",
    "{X} closed a chain rather than opening one.",
    "The pieces needed for {x} were lying around long before anyone assembled them.",
    "{X} belongs to its moment and must be judged there.",
]
CONTEXT = [
    "Money was tight and risks were avoided.",
    "Skills passed from hand to hand, seldom onto paper.",
    "{People} seldom pulled in one direction.",
    "Materials came from further away than one might guess.",
    "Earlier tries had fizzled without much notice.",
    "Gossip usually ran ahead of facts.",
    "{Scholar} stresses how small the whole enterprise was.",
    "The surviving evidence clusters in {setting}.",
    "Bad winters, unpaid bills and sickness broke every plan.",
    "Audiences and buyers changed their minds quickly.",
    "Official papers leave out the everyday detail.",
    "Copies and rivals followed almost at once.",
]
SETTLE = [
    "That was the ground in which {x} grew.",
    "Seen this way, {x} looks almost bound to happen.",
    "{X} was a step along a road, not a jump.",
    "Those circumstances opened the door to {x}.",
    "Take those conditions away and {x} makes little sense.",
    "{X} was a creature of that world.",
]
NAMING = [
    "The name {x} came after the thing.",
    "Contemporaries spoke differently.",
    "The terms {people} used for themselves now sound odd.",
    "Our modern words make a muddle look neat.",
    "Choosing a label already takes a side.",
    "Spellings wander, and catalogues suffer for it.",
]
RECORD = [
    "Knowledge of {x} rests on account books, notices and the odd letter.",
    "Papers from {setting} record dates and sums, seldom motives.",
    "Letters among {people} are scattered through several collections.",
    "The early printed versions of {x} copy one another's mistakes.",
    "Late memoirs are colourful and unreliable.",
    "The surviving objects sometimes contradict the paperwork.",
]
CAST = [
    "More hands went into {x} than the legend admits.",
    "{People} each wanted something different.",
    "Some of the key people left no writing at all.",
    "{Scholar} treats helpers and stars alike.",
    "Local hands frequently improvised.",
]
STRAND_IN = [
    "Start with {s}.",
    "The best documented thread is {s}.",
    "{S} tends to be passed over.",
    "{S} earns extra time here.",
    "Oddly little is in print on {s}.",
    "Next comes {s}.",
    "Much rides on {s}.",
    "{S} rewards patience.",
    "In parallel came {s}.",
    "Evidence piles up thickest around {s}.",
]
POINT = [
    "{S} ran over every budget.",
    "{S} went public before anyone fully grasped it.",
    "{Scholar} follows {s} through order books, a dry but reliable trail.",
    "The people who paid for {s} were not the people who did it.",
    "Seen from {setting}, {s} was just part of the week's work.",
    "Period letters hardly notice {s}.",
    "{People} argued about {s} for years.",
    "{S} was picked up by doing, not by reading.",
    "Luck played its part in {s}.",
    "{S} was held back by what materials allowed.",
    "Rivals copied {s} within a season or two.",
    "Setbacks with {s} rarely made it into writing.",
    "{S} moved forward jerkily.",
    "Outsiders saw more in {s} than insiders did.",
    "Copying {s} cost far less than inventing it.",
    "Women's part in {s} surfaces mainly in pay records.",
]
NUMBERS = [
    "{Scholar} ({year}) went through {num} surviving records; {s} comes up in {pct} per cent.",
    "Among {num} letters checked by {Scholar}, about {pct} per hundred concern {s}.",
    "{Scholar} ({year}) weighs {s} at around {pct} per cent.",
    "In {Scholar}'s sample of {num} cases ({year}), {s} keeps coming back.",
    "Comparing {num} similar cases, {Scholar} ({year}) meets {s} almost everywhere.",
    "{Scholar} concedes that {num} cases is a small base, but {s} recurs throughout.",
    "{Scholar} ({year}) estimates that {s} accounts for roughly {pct} per cent.",
    "{Scholar} ({year}) revisited older estimates for {s}, lowering them by {pct} per cent.",
]
CASES = [
    "{Scholar} leans mostly on one family's accounts.",
    "In {setting}, {people} made up {s} as they went.",
    "Beyond {setting}, parallels abound.",
    "Contemporaries found {s} unremarkable.",
    "Across {period} this keeps happening.",
    "{People} revisited it when old.",
    "My folder of extra cases of {s} gets fatter every year.",
]
LINK_BACK = [
    "This small point about {s} already suggests that {thesis}.",
    "One case settles nothing, yet {s} cuts against the textbook line.",
    "All that came later rests on {s}.",
    "{S} strengthens my sense that {thesis}.",
    "{S} mattered more to those involved than the papers show.",
    "Misread {s} and everything after it slips.",
    "Take away {s} and the neat version falls apart.",
]
PIVOT = ["Then {s} changed everything.", "From then on, {s} led the way.",
         "After that, {s} takes over.", "{S} made the older ways look stale."]
CITE_LEAD = [
    "{Scholar} compresses {setting} into one line:",
    "Decades on, a child of {setting} wrote:",
    "Addressing a {year} gathering about {x}, one lecturer said:",
    "{Scholar} speaks bluntly of {s}:",
    "{Scholar} has a pointed remark on {s}:",
]
CITED = [
    "Nobody who handled {s} daily thought it remarkable.",
    "{X} came from hurried folk with thin purses.",
    "Read the ledgers and the romance of {s} fades fast.",
    "Writers on {x} mostly write about its legend.",
    "Find out who paid for {s} and the mysteries clear up.",
    "{X} asked for patience, hardly for genius.",
]
CITE_AFTER = [
    "Severe, maybe, but fair.",
    "One witness, standing close.",
    "That is not a sentence written to please.",
    "The particulars have faded; the verdict stands.",
]
CITE_AFTER2 = [
    "{People} would have agreed.",
    "At the time, {s} seemed to need no explanation.",
    "Nobody has yet tested it against evidence from beyond {setting}.",
    "Its use lies in an aside on {s}.",
    "Broad histories of {x} skip over it.",
]
LIST_INTRO = [
    "When {x} worked, the same things tended to be present:",
    "The good years among {people} usually came with:",
    "{Setting} could have used:",
    "The better moments across {setting} had in common:",
]
LIST_POINT = [
    "a backer patient enough to wait on {s}",
    "notes on {s} that survived the people who wrote them",
    "somewhere cheap to try out {s}",
    "buyers happy to wait for {s}",
    "a close rival pushing improvements in {s}",
    "honest failure logs for {s}",
]
LIST_EXTRA = ["published prices for {x}", "a training scheme linked to {x}",
              "a public display of {x}", "more than one supplier for {x}"]
COMPARE = [
    "Set beside its neighbours, {x} looks less unusual.",
    "There are parallels abroad, but none quite like {s2}.",
    "Richer rivals frequently fared worse.",
    "Similar efforts elsewhere left thinner records.",
    "{People} had company in trying.",
    "The comparison is kinder to the rivals of {x} than fans expect.",
]
COUNTERFACT = [
    "Imagine {s2} had never come about.",
    "A guess like that is a test, not a finding.",
    "Without {s1}, {setting} would be hard to recognise.",
    "{People} would have had to find another way.",
    "Push further and guessing becomes storytelling.",
]
LEGACY = [
    "Habits formed around {x} lasted long after it.",
    "Collectors in {setting} kept revisiting {x}.",
    "{People} handed down stories that grew with each retelling.",
    "Later studies keep circling back to {s3}.",
    "Every anniversary of {x} adds a little more gloss.",
    "Tidy lessons drawn from {x} rarely hold up.",
]
DOUBT = [
    "Some will answer that {rival}.",
    "My strongest opponent says that {rival}.",
    "Respectable authors continue to claim that {rival}.",
    "Reasonable critics reply that {rival}.",
    "Read kindly, some sources do imply that {rival}.",
]
DOUBT_MORE = [
    "{People} faced this objection while alive.",
    "Sensible people believe it; it merits a reply.",
    "{Scholar2} ({year2}) argues so over many chapters.",
    "It has weight: every choice about {x} had a cost.",
]
ANSWER = [
    "The papers from {setting} say otherwise.",
    "It leaves {s2} unexplained.",
    "It takes its conclusion about {x} as given.",
    "It makes {x} tidier than the record allows.",
    "Were that so, {setting} would look entirely ordinary.",
    "That {people} paid a cost is plain; that this settles anything is not.",
]
CLOSE_FIRST = [
    "Putting it all together: {thesis}.",
    "On balance, one account of {x} wins.",
    "The debate about {x} will go on after this.",
    "What, then, of {x}?",
    "Each thread is a clue; jointly they show that {thesis}.",
    "With the legends set aside, {x} can be judged on its merits.",
    "{X} usually reaches us as a slogan, which spares us the reading.",
]
CLOSE_MID = [
    "{S1}, {s2} and {s3} each count for something; together they almost settle it.",
    "A few continue to claim that {rival}; I disagree.",
    "My argument rests on the detail of {s1}, not on theory.",
    "Anyone who reads {x} differently is welcome to say so.",
    "Uncatalogued papers from {setting} could still shift details.",
    "Shorn of its legend, {x} is still worth our time.",
]
CLOSE_LAST = [
    "{People} might find our fuss over {x} a little funny.",
    "Anyone unconvinced is welcome to spend a day with me in {setting}.",
    "{X} was patient everyday skill, scarcer than brilliance.",
    "If new evidence on {x} turns up, I will gladly think again.",
    "Until it does, {x} deserves more than a passing line.",
    "Behind {x} stood heaps of plain hard work.",
    "The people behind {x} would, I think, just be pleased that someone remembers.",
]
HD_BACK = ["Setting the scene", "Surroundings", "Before it began", "Some context", "Early days", "Starting out"]
HD_NAMING = ["Labels", "Words and names", "Naming matters"]
HD_RECORD = ["The evidence", "Where the records are", "Papers and objects"]
HD_CAST = ["Those involved", "The people", "Who did what"]
HD_STRAND = ["{S}", "On {s}", "{S} in detail", "Zooming in on {s}", "Turning to {s}", "Then {s}"]
HD_COMPARE = ["Other places", "By comparison", "Looking abroad"]
HD_COUNTER = ["Other outcomes", "Another path", "Supposing"]
HD_LEGACY = ["Later on", "What came after", "The long tail"]
HD_DOUBT = ["Objections", "The case against", "Another view", "Second thoughts", "Not so fast", "Doubters"]
HD_CLOSE = ["Summing up", "Landing", "Last words", "Closing", "My verdict"]

# Newest invented-study year allowed per host; pages come later.
LATEST_STUDY = {"luing": 2002, "scarba": 2007, "easdale": 2014, "erraid": 2023}
WORDS_MIN, WORDS_MAX = 350, 600


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def parse_cards() -> list[dict]:
    cards = []
    for n, line in enumerate(ESSAY_CARDS.strip().splitlines(), 1):
        f = [s.strip() for s in line.split("|")]
        assert len(f) == 12, line
        host, title, subject, x, people, setting, period, strands, thesis, rival, fact1, fact2 = f
        for fact in (fact1, fact2):
            assert fact.endswith(".") and fact.count(".") == 1, fact
        assert re.search(r"\d{4}", period), period
        assert host in LATEST_STUDY, host
        cards.append(dict(id=f"c{n:03d}", host=host, title=title, subject=subject, x=x, people=people,
                          setting=setting, period=period, strands=[s.strip() for s in strands.split(";")],
                          thesis=thesis, rival=rival, facts=[fact1, fact2]))
    return cards


def draft_essay(card: dict, rng: random.Random) -> dict:
    """One attempt at a card's essay, its length unchecked (make_essay retries).

    Order of parts: first paragraph (names x, closes with the thesis; may carry scene, plan or question before);
    background (LEDE, fact, maybe the second fact, SETTLE); perhaps one paragraph on naming, sources or people;
    two or three strand paragraphs, with an optional turn, quotation or bullet list; perhaps a comparison,
    counterfactual or aftermath; an objection with its reply; a last paragraph. Headings by chance; no pattern
    recurs within an essay."""
    unused: dict[int, list[str]] = {}

    def take(pool: list[str]) -> str:
        rest = unused.setdefault(id(pool), rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    pair = rng.sample(SCHOLARS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], Setting=cap(card["setting"]), period=card["period"], s1=s1, s2=s2, s3=s3,
                 S1=cap(s1), S2=cap(s2), thesis=card["thesis"], rival=card["rival"], Scholar=pair[0], Scholar2=pair[1])
    latest = LATEST_STUDY[card["host"]]
    ended = int(re.findall(r"\d{4}", card["period"])[-1])
    low = min(max(1950, ended + 3), latest)

    def fill(pattern: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(low, latest), year2=rng.randint(low, latest),
                     pct=rng.choice([12, 17, 21, 24, 29, 33, 38, 42, 47, 53, 58, 61, 66, 72]),
                     num=rng.choice([13, 18, 22, 29, 34, 43, 51, 59, 71, 84, 93, 117]))
        return pattern.format(**slots, **extra)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    def with_card(pool: list[str], k: int) -> list[str]:
        # entry zero names card material; that makes each such paragraph one of a kind
        picked = [pool[0]] + rng.sample(pool[1:], k)
        return [fill(q) for q in picked]

    slots["question"] = cap(fill(rng.choice(QUESTIONS)))
    headed = rng.random() < 0.45
    blocks: list[tuple] = []
    thesis = fill(take(CLAIM_THESIS))
    opener = fill(take(OPENING))
    first = [opener]
    parts: list[str] = []
    for share, pool, name in ((0.3, FRAME, "frame"), (0.25, ROADMAP, "plan"), (0.25, QUESTION_LEAD, "question")):
        if rng.random() < share:
            first.append(fill(take(pool)))
            parts.append(name)
    first.append(thesis)
    blocks.append(para(*first))
    if headed:
        blocks.append(("heading", fill(take(HD_BACK))))
    lede = fill(take(LEDE))
    settle = fill(take(SETTLE))
    back = [lede, fill(take(CONTEXT)), card["facts"][0]] + [fill(take(CONTEXT)) for _ in range(rng.randint(0, 1))]
    later = [card["facts"][1]]
    if rng.random() < 0.5:
        back.insert(rng.randint(3, len(back)), later.pop())
    blocks.append(para(*back, settle))
    aside = rng.random()
    for lo, hi, pool, heads, name in ((0.0, 0.12, NAMING, HD_NAMING, "names"), (0.12, 0.25, RECORD, HD_RECORD, "sources"),
                                      (0.25, 0.35, CAST, HD_CAST, "people")):
        if lo <= aside < hi:
            parts.append(name)
            if headed:
                blocks.append(("heading", fill(take(heads))))
            blocks.append(para(*with_card(pool, rng.randint(1, 2))))
    strands = [s1, s2, s3] if rng.random() < 0.6 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < 0.35 else None
    list_at = rng.randrange(len(strands)) if rng.random() < 0.3 else None
    pivot_at = rng.randrange(1, len(strands)) if rng.random() < 0.3 else None
    links: list[str] = []
    quotation = None
    for i, s in enumerate(strands):
        if pivot_at == i:
            blocks.append(para(fill(take(PIVOT), s)))
            parts.append("turn")
        if headed:
            blocks.append(("heading", fill(take(HD_STRAND), s)))
        counted = fill(take(NUMBERS), s)
        links.append(fill(take(LINK_BACK), s))
        body = [fill(take(STRAND_IN), s), fill(take(POINT), s), counted]
        if rng.random() < 0.35:
            body.insert(2, fill(take(POINT), s))
        if rng.random() < 0.35:
            body.insert(rng.randint(2, len(body)), fill(take(CASES), s))
        if later and i == 1:
            body.insert(1, later.pop())
        if rng.random() < 0.25 and len(body) > 3:
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], links[-1]))
        else:
            blocks.append(para(*body, links[-1]))
        if quote_at == i:
            parts.append("quotation")
            quotation = fill(take(CITED), s)
            blocks.append(para(fill(take(CITE_LEAD), s)))
            blocks.append(("quote", quotation))
            blocks.append(para(fill(take(CITE_AFTER), s), fill(take(CITE_AFTER2), s)))
        if list_at == i:
            parts.append("list")
            blocks.append(para(fill(take(LIST_INTRO))))
            items = [cap(fill(take(LIST_POINT), t)) for t in strands]
            items += [cap(fill(t)) for t in rng.sample(LIST_EXTRA, rng.randint(0, 2))]
            blocks.append(("list", (rng.random() < 0.4, items)))
    extra = rng.random()
    if extra < 0.4:
        parts.append("comparison" if extra < 0.14 else "what-if" if extra < 0.27 else "aftermath")
    if extra < 0.14:
        if headed:
            blocks.append(("heading", fill(take(HD_COMPARE))))
        blocks.append(para(*[fill(take(COMPARE)) for _ in range(rng.randint(2, 3))]))
    elif extra < 0.27:
        if headed:
            blocks.append(("heading", fill(take(HD_COUNTER))))
        blocks.append(para(*with_card(COUNTERFACT, rng.randint(1, 2))))
    elif extra < 0.4:
        if headed:
            blocks.append(("heading", fill(take(HD_LEGACY))))
        blocks.append(para(*with_card(LEGACY, rng.randint(1, 2))))
    if headed:
        blocks.append(("heading", fill(take(HD_DOUBT))))
    doubt = [fill(take(DOUBT)), fill(take(DOUBT_MORE)), fill(take(ANSWER), s2)]
    if rng.random() < 0.5:
        doubt.append(fill(take(ANSWER), s2))
    if rng.random() < 0.35:
        doubt.insert(2, fill(take(DOUBT_MORE)))
    blocks.append(para(*doubt))
    if headed:
        blocks.append(("heading", fill(take(HD_CLOSE))))
    last = fill(take(CLOSE_LAST))
    mids = [fill(take(CLOSE_MID)) for _ in range(rng.randint(1, 2))]
    end = [fill(take(CLOSE_FIRST))] + mids
    if rng.random() < 0.3 and len(end) > 2:
        blocks.append(para(*end[:2]))
        blocks.append(para(*end[2:], last))
    else:
        blocks.append(para(*end, last))
    words = sum(len(block_text(b).split()) for b in blocks)
    return dict(id=card["id"], title=card["title"], blocks=blocks, words=words, tags=[card["subject"]],
                domain=card["id"], url="-", earlier="", card=card, thesis=thesis, opener=opener, last=last,
                mids=mids, links=links, headed=headed, parts=parts, quotation=quotation)


def make_essay(card: dict, seed: int) -> dict:
    """Redraws with fresh seeds (up to 200) until the word count lands in range."""
    for attempt in range(200):
        essay = draft_essay(card, random.Random(f"set39:{seed}:draft:{card['id']}:{attempt}"))
        if WORDS_MIN <= essay["words"] <= WORDS_MAX:
            essay["attempt"] = attempt
            return essay
    raise SystemExit(f"card {card['id']}: no draft between {WORDS_MIN} and {WORDS_MAX} words")


# ----------------------------------------------------------------------------------------------- shared bits

ESSAYS_BY_TITLE: dict[str, dict] = {}  # filled by main(); used when one page names another
ESSAY_PAGES: dict[str, list[int]] = {}  # host -> page numbers holding an essay
SITE_TITLES: dict[str, list[str]] = {}  # host -> essay titles, ordered like its pages
CUT_PAGES: dict[str, set[int]] = {}  # host -> pages whose essay stops early
SEED = 2039  # set again by main(); the seeded lotteries read it


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


class Page(g2.Page):
    """Set two's page, plus host name and sibling titles."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.site = site
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.card = essay["card"]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})

    def truth(self) -> str:
        # one- or two-word labels found in any chosen essay get dropped from clutter
        common = " ".join(norm(essay_text(t)) for t in ESSAYS_BY_TITLE)
        self.clutter = [c for c in self.clutter if len(c.split()) > 2 or norm(c) not in common]
        return super().truth()


class IndexPage:
    """A host page without an essay (lists, calendars); its truth only says so."""

    def __init__(self, site: str, index: int, site_titles: list[str], rng: random.Random, kind: str):
        self.site, self.index, self.rng, self.kind = site, index, rng, kind
        self.site_titles = list(site_titles)

    def truth(self) -> str:
        return "site:\nno_essay: true\n---\n"


def _winners(site: str, role: str, count: int, among: list[int] | None = None) -> list[int]:
    pool = among if among is not None else ESSAY_PAGES[site]
    return sorted(random.Random(f"set39:{SEED}:{site}:{role}").sample(pool, min(count, len(pool))))


def gets(site: str, role: str, count: int, index: int, among: list[int] | None = None) -> bool:
    """Whether page `index` won one of `count` seeded draws for `role`."""
    return index in _winners(site, role, count, among)


def rank(site: str, role: str, count: int, index: int, among: list[int] | None = None) -> int | None:
    """Position of page `index` among the pages drawn for `role`, or None."""
    won = _winners(site, role, count, among)
    return won.index(index) if index in won else None


def goes_first(site: str, role: str, index: int) -> bool:
    """A seeded half of essay pages put a roaming block before the entry, the rest after it."""
    order = list(ESSAY_PAGES[site])
    random.Random(f"set39:{SEED}:{site}:{role}:top").shuffle(order)
    return index in order[:(len(order) + 1) // 2]


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Insert at pos or earlier: never first, never right below a heading or colon-final line."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, object]]:
    """The visible blocks as (kind, html); colon-final paragraphs become "lead"."""
    out = []
    for k, (kind, value) in enumerate(p.visible()):
        if kind == "heading":
            out.append(("heading", heading(value)))
        elif kind == "paragraph":
            out.append(("lead" if value.rstrip().endswith(":") else "text", para(value, k)))
        elif kind == "quote":
            out.append(("quote", quote_(value)))
        else:
            ordered, items = value
            out.append(("list", listing(ordered, items)))
    return out


def backdate(p: Page, latest: int) -> None:
    """Slide all reference years back equally; none may pass `latest`."""
    shift = max(0, 2023 - latest)
    move = lambda text: re.sub(r", (\d{4})(?=[.,])", lambda m: f", {int(m.group(1)) - shift}", text)
    p.refs = [(move(plain), move(markup)) for plain, markup in p.refs]


def attr(text: str) -> str:
    return html.escape(text, quote=True)


# ---- 1. luing: a puppet guild's weblog on Movable Type 2.661, 2003 ------------------------------------------------

LU_BLOG = "Behind the Booth"
LU_BLURB = "Workshop notes and stage history from the Crossgates Puppet Guild"
LU_HOST = "http://www.crossgatespuppets.org.uk/booth"
LU_WRITERS = ["Fenella Ure", "Duncan Bain", "Morven Scobie", "Alasdair Whyte"]
LU_POSTED = ["Posted by {who} at {time} | {words} words | {comments} | TrackBack (0)",
             "Posted by {who} at {time} | {comments} | TrackBack (0)",
             "Posted by {who} at {time} ({words} words) | {comments} | TrackBack (0)",
             "Posted by {who} at {time} | word tally {words} | {comments} | TrackBack (0)"]
LU_NOTICES = [
    "Guild notice: the spring show goes up at St Ninian's hall on {weekday} {day}, 2pm. Tickets three pounds from {member}.",
    "Guild notice: workshop nights move to Wednesdays from {day}. Bring your own carving knife and a plaster for afterwards.",
    "Guild notice: {member} is collecting old gloves and velvet offcuts for the glove puppet course starting {weekday} {day}.",
    "Guild notice: the booth needs repainting before the gala on {day}; volunteers to the back room, overalls provided.",
]
LU_CAPTIONS = ["Our booth at the {year} gala, photographed by {who}.", "A figure from the guild cupboard, restrung in {month}."]
LU_COMMENTERS = ["Ruth at the Sandbank", "marionette_mike", "Catherine B", "Wee Jimmy Strings", "Hugh Lennox", "glovepuppeteer"]
LU_COMMENTS = [
    "Lovely piece. As a boy I watched a show like this; the lamp smell stayed with me.",
    "Will you bring this to the next workshop night? The second half deserves a proper row.",
    "Glad the guild is finally writing things down.",
    "Small correction on a date, which I will send by email rather than spoil your page.",
    "Our youth group got a printout of this. They want to build a booth now.",
    "Brilliant, as ever. More please.",
]
LU_LINKS = ["Tinsel and Thread, a marionette maker's diary", "The Glove Box Theatre", "Strathmore Shadow Players",
            "Puppet history mailing list archive"]
LU_CUT = "Everything after this point sits in the members' area. Password from the guild secretary, as usual."


def lu_writer(title: str) -> str:
    return LU_WRITERS[number("luing", "writer", title, mod=len(LU_WRITERS))]


def lu_when(index: int) -> datetime:
    d = date(2003, 1, 6) + timedelta(days=9 * index + number("luing", "day", index, mod=4))
    return datetime(d.year, d.month, d.day, 18 + number("luing", "h", index, mod=5), number("luing", "m", index, mod=60))


def lu_file(index: int) -> str:
    return f"{LU_HOST}/archives/{index + 112:06d}.html"


def lu_long(d: datetime) -> str:
    return f"{d.strftime('%B')} {d.day:02d}, {d.year}"


def lu_clock(d: datetime) -> str:
    return d.strftime("%I:%M %p")


def lu_recent(index: int) -> list[tuple[int, str]]:
    out = []
    for n in ESSAY_PAGES["luing"]:
        if n != index:
            out.append((n, SITE_TITLES["luing"][ESSAY_PAGES["luing"].index(n)]))
    earlier = [x for x in out if x[0] < index][-5:]
    return list(reversed(earlier)) if len(earlier) >= 3 else list(reversed(out[-5:]))


def lu_sidebar(index: int, when: datetime) -> tuple[str, list[str]]:
    recent = lu_recent(index)
    said = ["Recent Entries", "Archives", "Links", "Syndicate this site (XML)", "Powered by Movable Type 2.661",
            *[t for _, t in recent], *LU_LINKS]
    months = sorted({(lu_when(n).year, lu_when(n).month) for n in range(1, index + 1)}, reverse=True)
    month_names = [date(y, m, 1).strftime("%B %Y") for y, m in months]
    said += month_names
    cal = "".join(f"<td>{k}</td>" + ("</tr><tr>" if k % 7 == 0 else "") for k in range(1, 29))
    side = (f'<div id="links">\n<div class="calendar">\n<table summary="Monthly calendar with links to each day\'s posts">\n'
            f'<caption class="calendarhead">{when.strftime("%B %Y")}</caption>\n<tr><th abbr="Sunday" align="center"><span class="calendar">Sun</span></th>'
            f'<th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th><th>Sat</th></tr>\n<tr>{cal}</tr>\n</table>\n</div>\n'
            f'<div class="sidetitle">Search</div>\n<div class="side"><form method="get" action="/cgi-bin/mt/mt-search.cgi">'
            f'<input type="hidden" name="IncludeBlogs" value="2" /><label for="search" accesskey="4">Search this site:</label><br />'
            f'<input id="search" name="search" size="20" /><br /><input type="submit" value="Search" /></form></div>\n'
            f'<div class="sidetitle">Recent Entries</div>\n<div class="side">\n'
            + "".join(f'<a href="{lu_file(n)}">{esc(t)}</a><br />\n' for n, t in recent)
            + '</div>\n<div class="sidetitle">Archives</div>\n<div class="side">\n'
            + "".join(f'<a href="{LU_HOST}/archives/{y}_{m:02d}.html">{esc(nm)}</a><br />\n' for (y, m), nm in zip(months, month_names))
            + '</div>\n<div class="sidetitle">Links</div>\n<div class="side">\n'
            + "".join(f'<a href="http://www.example.org/{slug(x)[:20]}/">{esc(x)}</a><br />\n' for x in LU_LINKS)
            + f'</div>\n<div class="syndicate"><a href="{LU_HOST}/index.rdf">Syndicate this site (XML)</a></div>\n'
            f'<div class="powered">Powered by<br /><a href="http://www.movabletype.org">Movable Type 2.661</a><br /></div>\n</div>')
    return side, said


def lu_page(title: str, head_links: str, body: str, side: str, rdf: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />

<title>{esc(title)}</title>

<link rel="stylesheet" href="{LU_HOST}/styles-site.css" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{LU_HOST}/index.rdf" />
{head_links}
<script type="text/javascript" language="javascript">
<!--

function OpenTrackback (c) {{
    window.open(c,
                    'trackback',
                    'width=480,height=480,scrollbars=yes,status=yes');
}}

var HOST = 'www.crossgatespuppets.org.uk';

// Copyright (c) 1996-1997 Athenia Associates.
// http://www.webreference.com/js/
// License is granted if and only if this entire
// copyright notice is included. By Tomer Shiran.

function setCookie (name, value, expires, path, domain, secure) {{
    var curCookie = name + "=" + escape(value) + (expires ? "; expires=" + expires : "") + (path ? "; path=" + path : "") + (domain ? "; domain=" + domain : "") + (secure ? "secure" : "");
    document.cookie = curCookie;
}}

//-->
</script>
{rdf}
</head>

<body>

<div id="banner">
<h1><a href="{LU_HOST}/" accesskey="1">{esc(LU_BLOG)}</a></h1>
<span class="description">{esc(LU_BLURB)}</span>
</div>

<div id="content">
{body}
</div>

{side}

</body>
</html>
"""


def luing(p: Page) -> str:
    rng = p.rng
    site = "luing"
    backdate(p, LATEST_STUDY[site])
    who = lu_writer(p.title)
    when = lu_when(p.index)
    member = rng.choice([w for w in LU_WRITERS if w != who])

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"

    pieces = shown_pieces(p, lambda v: f"<h4>{esc(v)}</h4>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote>{esc(v)}</blockquote>", listing)
    n_essay = len(pieces)
    if gets(site, "notice", 10, p.index):
        day = when + timedelta(days=number(site, "nday", p.title, mod=20, base=4))
        notice = LU_NOTICES[number(site, "notice", p.title, mod=len(LU_NOTICES))].format(
            weekday=day.strftime("%A"), day=f"{day.day} {day.strftime('%B')}", member=member.split()[0])
        slot_in(pieces, spot(n_essay, rng, 1, 4) if goes_first(site, "notice", p.index) else spot(n_essay, rng, 4, 9),
                ("block", f"<p><em>{esc(notice)}</em></p>"))
        p.clutter.append(notice)
    turn = rank(site, "photo", 4, p.index)
    if turn is not None:
        caption = LU_CAPTIONS[turn % 2].format(year=when.year - 1, who=member, month=(when - timedelta(days=50)).strftime("%B"))
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)),
                ("block", f'<p><img alt="{attr(caption)}" src="{LU_HOST}/images/{digest(site, "img", p.title, n=6)}.jpg" width="320" height="240" '
                          f'border="0" /><br /><span class="caption">{esc(caption)}</span></p>'))
        p.clutter.append(caption)
    # the writer puts a "more" anchor part-way: MT's extended entry, shown in full on the entry page
    split = max(1, min(len(pieces) - 1, round(len(pieces) * rng.uniform(0.3, 0.5))))
    body = [h for _, h in pieces[:split]] + ['<a name="more"></a>'] + [h for _, h in pieces[split:]]
    if p.cut is not None:
        body.append(f'<p class="members"><strong>{esc(LU_CUT)}</strong></p>')
        p.clutter.append(LU_CUT)
    elif p.refs:
        body.append("<p><strong>Reading list</strong></p>")
        body += [f"<p>{mk}</p>" for _, mk in p.refs]
    comments = []
    if p.cut is None and gets(site, "comments", 9, p.index, among=[n for n in ESSAY_PAGES[site] if n not in CUT_PAGES[site]]):
        k = 1 + number(site, "ncom", p.title, mod=3)
        names = random.Random(f"set39:{SEED}:luing:names:{p.title}").sample(LU_COMMENTERS, k)
        texts = random.Random(f"set39:{SEED}:luing:texts:{p.title}").sample(LU_COMMENTS, k)
        for j, (name, text) in enumerate(zip(names, texts)):
            at = when + timedelta(hours=5 + 17 * j + number(site, "cm", p.title, j, mod=9))
            stamp = f"Posted by: {name} at {lu_long(at)} {lu_clock(at)}"
            comments.append(f'<div class="comments-body"><p>{esc(text)}</p>\n<span class="comments-post">{esc(stamp)}</span>\n</div>')
            p.clutter += [text, stamp]
    tally = f"Comments ({len(comments)})"
    style = number(site, "posted", who, mod=len(LU_POSTED))
    posted = LU_POSTED[style].format(who=who, time=lu_clock(when), words=p.words, comments=tally)
    if "{words}" in LU_POSTED[style]:
        p.claimed_words = p.words
    p.clutter += [posted, lu_long(when)]
    heading = esc(p.title)
    if gets(site, "revised", 5, p.index):
        stamp = f"(revised {(when + timedelta(days=3)).strftime('%d/%m/%y')})"
        heading += f' <span class="revised">{stamp}</span>'
        p.clutter.append(stamp)
    order = ESSAY_PAGES[site]
    k = order.index(p.index)
    prev_t = SITE_TITLES[site][k - 1] if k else None
    next_t = SITE_TITLES[site][k + 1] if k + 1 < len(order) else None
    menu = " |\n".join(x for x in (f'<a href="{lu_file(order[k - 1])}">&laquo; {esc(prev_t)}</a>' if prev_t else "",
                                    f'<a href="{LU_HOST}/">Main</a>',
                                    f'<a href="{lu_file(order[k + 1])}">{esc(next_t)} &raquo;</a>' if next_t else "") if x)
    p.clutter += [t for t in (prev_t, next_t) if t] + ["Main"]
    form = ('<div class="comments-head">Post a comment</div>\n<div class="comments-body">\n'
            '<form method="post" action="/cgi-bin/mt/mt-comments.cgi" name="comments_form" onsubmit="if (this.bakecookie[0].checked) rememberMe(this)">\n'
            f'<input type="hidden" name="static" value="1" />\n<input type="hidden" name="entry_id" value="{p.index + 112}" />\n'
            '<div style="width:180px; padding-right:15px; margin-right:15px; float:left; text-align:left; border-right:1px dotted #bbb;">\n'
            '<label for="author">Name:</label><br />\n<input tabindex="1" id="author" name="author" /><br /><br />\n'
            '<label for="email">Email Address:</label><br />\n<input tabindex="2" id="email" name="email" /><br /><br />\n'
            '<label for="url">URL:</label><br />\n<input tabindex="3" id="url" name="url" /><br /><br />\n</div>\n'
            'Remember personal info?<br />\n<input type="radio" id="bakecookie" name="bakecookie" /><label for="bakecookie">Yes</label>'
            '<input type="radio" id="forget" name="bakecookie" onclick="forgetMe(this.form)" value="Forget Info" style="margin-left: 15px;" />'
            '<label for="forget">No</label><br style="clear: both;" />\n<label for="text">Comments:</label><br />\n'
            '<textarea tabindex="4" id="text" name="text" rows="10" cols="50"></textarea><br /><br />\n'
            '<input type="submit" name="preview" tabindex="5" value="&nbsp;Preview&nbsp;" />\n'
            '<input style="font-weight: bold;" type="submit" name="post" tabindex="6" value="&nbsp;Post&nbsp;" /><br /><br />\n</form>\n</div>')
    p.clutter += ["Post a comment", "Email Address:", "Remember personal info?"]
    entry = (f'<div class="blog">\n<div id="menu">\n{menu}\n</div>\n</div>\n\n<div class="blog">\n<h2 class="date">{lu_long(when)}</h2>\n\n'
             f'<div class="blogbody">\n<a name="{p.index + 112:06d}"></a>\n<h3 class="title">{heading}</h3>\n\n' + "\n\n".join(body)
             + f'\n\n<span class="posted">{esc(posted)}\n<br /></span>\n\n</div>\n\n'
             + '<div class="comments-head"><a name="comments"></a>Comments</div>\n' + "\n".join(comments) + "\n\n" + form + "\n</div>")
    side, said = lu_sidebar(p.index, when)
    p.clutter += said + [LU_BLOG, LU_BLURB]
    excerpt = " ".join(essay_text(p.title).split()[:20]) + "..."
    rdf = (f'<!--\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n         xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/"\n'
           f'         xmlns:dc="http://purl.org/dc/elements/1.1/">\n<rdf:Description\n    rdf:about="{lu_file(p.index)}"\n'
           f'    trackback:ping="http://www.crossgatespuppets.org.uk/cgi-bin/mt/mt-tb.cgi/{p.index + 40}"\n    dc:title="{attr(p.title)}"\n'
           f'    dc:identifier="{lu_file(p.index)}"\n    dc:subject="Stage history"\n    dc:description="{attr(excerpt)}"\n'
           f'    dc:creator="{attr(who.split()[0].lower())}"\n    dc:date="{when.strftime("%Y-%m-%dT%H:%M:%S")}+00:00" />\n</rdf:RDF>\n-->')
    links = f'<link rel="start" href="{LU_HOST}/" title="Home" />'
    if prev_t:
        links += f'\n<link rel="prev" href="{lu_file(order[k - 1])}" title="{attr(prev_t)}" />'
    if next_t:
        links += f'\n<link rel="next" href="{lu_file(order[k + 1])}" title="{attr(next_t)}" />'
    return lu_page(f"{LU_BLOG}: {p.title}", links, entry, side, rdf)


def luing_index(ix: IndexPage) -> str:
    """No essay: the master archive list, or a short diary entry of dates."""
    when = lu_when(ix.index)
    side, _ = lu_sidebar(ix.index, when)
    if ix.kind == "archive":
        rows = []
        for n in reversed(ESSAY_PAGES["luing"]):
            t = ix.site_titles[ESSAY_PAGES["luing"].index(n)]
            rows.append(f'{lu_when(n).strftime("%m.%d.%y")}: <a href="{lu_file(n)}">{esc(t)}</a><br />')
        body = ('<div class="blog">\n<div class="blogbody">\n<h3 class="title">Archives</h3>\n' + "\n".join(rows) + "\n</div>\n</div>")
        return lu_page(f"{LU_BLOG}: Archives", f'<link rel="start" href="{LU_HOST}/" title="Home" />', body, side)
    rng = ix.rng
    dates = []
    for k in range(5):
        d = when + timedelta(days=6 + 9 * k + rng.randint(0, 2))
        what = ["Workshop night, back room, 7pm", "Glove puppet course, week one", "Booth repainting party",
                "Spring show at St Ninian's hall, 2pm", "Committee meeting and pie supper"][k]
        dates.append(f"<li>{d.strftime('%A')} {d.day} {d.strftime('%B')}: {esc(what)}</li>")
    body = (f'<div class="blog">\n<h2 class="date">{lu_long(when)}</h2>\n<div class="blogbody">\n<h3 class="title">Diary dates for the spring</h3>\n'
            "<p>Put these in the kitchen calendar, please.</p>\n<ul>\n" + "\n".join(dates) + "\n</ul>\n"
            f'<span class="posted">Posted by {esc(LU_WRITERS[2])} at {lu_clock(when)} | Comments (0) | TrackBack (0)\n<br /></span>\n</div>\n</div>')
    return lu_page(f"{LU_BLOG}: Diary dates for the spring", f'<link rel="start" href="{LU_HOST}/" title="Home" />', body, side)


# ---- 2. scarba: a mills group's weblog on Serendipity 1.3, 2008 ---------------------------------------------------

SC_BLOG = "Sails and Stones"
SC_SUB = "Weblog of the Fenwold Mills Group"
SC_HOST = "http://www.fenwoldmills.org.uk/blog"
SC_WRITERS = ["Gregor Ritchie", "Effie Cowie", "Torquil Affleck", "Norrie Chisholm"]
SC_CATS = ["History", "Mill visits", "Restoration", "Wind and water"]
SC_TALLY = ["{words} words \u00b7 read {reads} times", "Length: {words} words. Hits: {reads}",
            "This entry has {words} words and has been viewed {reads} times"]
SC_WINDS = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]
SC_MILLS = [("Halsey Green post mill", "post mill", "1788", "open Sundays, May to September"),
            ("Tolsby tower mill", "tower mill", "1821", "sails turning, no grinding"),
            ("Brackenfold smock mill", "smock mill", "1809", "scaffolded for new stocks"),
            ("Pellow Beck watermill", "watermill", "1754", "grinding monthly, first Saturdays")]
SC_COMMENTERS = ["millbug", "Jean Paterson", "the miller's apprentice", "Alec R", "stonedresser", "Marion H"]
SC_COMMENTS = [
    "Thanks for this. My grandfather dressed stones and would have loved reading it.",
    "Could we have a visit to see the fantail gearing next time?",
    "Interesting as ever, though one date in paragraph two looks a year out to me.",
    "Printed for the tea room noticeboard.",
    "Great to see the group's reading put to use. More of these over the winter please.",
]
SC_REPOST = "From the archive: "


def sc_writer(title: str) -> str:
    return SC_WRITERS[number("scarba", "writer", title, mod=len(SC_WRITERS))]


def sc_when(index: int) -> datetime:
    d = date(2008, 1, 12) + timedelta(days=8 * index + number("scarba", "day", index, mod=3))
    return datetime(d.year, d.month, d.day, 17 + number("scarba", "h", index, mod=6), number("scarba", "m", index, mod=60))


def sc_cat(title: str) -> str:
    return SC_CATS[number("scarba", "cat", title, mod=len(SC_CATS))]


def sc_url(index: int, title: str) -> str:
    return f"{SC_HOST}/archives/{index + 200}-{slug(title)[:40].strip('-').title()}.html"


def sc_date(d: datetime) -> str:
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}. {d.year}"


def sc_item(key: str, head: str, inner: str) -> str:
    return (f'<div class="serendipitySideBarItem container_{key}"><h3 class="serendipitySideBarTitle {key}">{head}</h3>'
            f'<div class="serendipitySideBarContent">{inner}</div></div>')


def sc_sidebar(when: datetime, mill: tuple | None) -> tuple[str, list[str]]:
    cal = "".join(f'<td class="serendipity_calendarDay">{k}</td>' + ("</tr><tr>" if k % 7 == 0 else "") for k in range(1, 29))
    months = [(when - timedelta(days=31 * k)).strftime("%B %Y") for k in range(4)]
    items = [
        sc_item("serendipity_calendar_plugin", "Calendar",
                f'<table style="width: 100%" cellspacing="0" cellpadding="0" class="serendipity_calendar"><tr><td class="serendipity_calendarHeader" colspan="7">'
                f'{when.strftime("%B %y")}</td></tr><tr>{cal}</tr></table>'),
        sc_item("serendipity_quicksearch_plugin", "Quicksearch",
                '<form id="searchform" action="/blog/index.php?frontpage" method="get"><input type="hidden" name="serendipity[action]" value="search" />'
                '<input alt="Quicksearch" type="text" id="serendipityQuickSearchTermField" name="serendipity[searchTerm]" value="" size="13" /></form>'),
        sc_item("serendipity_archives_plugin", "Archives", "".join(f'<a href="#">{m}</a><br />' for m in months) + '<a href="#">Recent...</a><br /><a href="#">Older...</a>'),
        sc_item("serendipity_categories_plugin", "Categories", "".join(f'<a class="serendipity_xml_button" href="#"><img src="/blog/templates/default/img/xml.gif" alt="XML" style="border: 0px" /></a> <a href="#">{c}</a><br />' for c in SC_CATS)),
    ]
    said = ["Calendar", "Quicksearch", "Archives", "Categories", *months, "Recent...", "Older...", *SC_CATS,
            "Syndicate This Blog", "RSS 0.91 feed", "RSS 2.0 feed", "Blog Administration"]
    if mill:
        name, kind, built, state = mill
        items.insert(1, sc_item("serendipity_html_nugget_plugin", "Mill of the month",
                                f'<p><strong>{esc(name)}</strong><br />{esc(kind)}, built {built}<br />{esc(state)}</p>'))
        said += ["Mill of the month", name, f"{kind}, built {built}", state]
    items += [sc_item("serendipity_syndication_plugin", "Syndicate This Blog",
                      '<a href="/blog/rss.php?version=0.91">RSS 0.91 feed</a><br /><a href="/blog/rss.php?version=2.0">RSS 2.0 feed</a>'),
              sc_item("serendipity_plug_plugin", "Powered by",
                      '<a title="Serendipity PHP Weblog" href="http://www.s9y.org/"><img src="/blog/templates/default/img/s9y_banner_small.png" alt="Serendipity PHP Weblog" style="border: 0px" /></a>'),
              sc_item("serendipity_superuser_plugin", "Blog Administration", '<a href="/blog/serendipity_admin.php" rel="nofollow">Open login screen</a>')]
    said.append("Open login screen")
    return '<td id="serendipityRightSideBar" valign="top">' + "".join(items) + "</td>", said


def sc_page(title: str, content: str, side: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
           "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
    <title>{esc(title)}</title>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <meta name="Powered-By" content="Serendipity v.1.3" />
    <link rel="stylesheet" type="text/css" href="{SC_HOST}/index.php?serendipity[css]=true" />
    <link rel="alternate"  type="application/rss+xml" title="{esc(SC_BLOG)} RSS feed" href="{SC_HOST}/feeds/index.rss2" />
    <link rel="alternate"  type="application/x.atom+xml"  title="{esc(SC_BLOG)} Atom feed"  href="{SC_HOST}/feeds/atom.xml" />
    <link rel="pingback" href="{SC_HOST}/comment.php?type=pingback" />
<script type="text/javascript" src="/blog/templates/default/dragdrop.js" ></script>
</head>

<body>

<div id="serendipity_banner">
    <h1><a class="homelink1" href="{SC_HOST}/">{esc(SC_BLOG)}</a></h1>
    <h2><a class="homelink2" href="{SC_HOST}/">{esc(SC_SUB)}</a></h2>
</div>

<table id="mainpane">
    <tr>
        <td id="content" valign="top">
{content}
        </td>
{side}
    </tr>
</table>

</body>
</html>
"""


def scarba(p: Page) -> str:
    rng = p.rng
    site = "scarba"
    backdate(p, LATEST_STUDY[site])
    who = sc_writer(p.title)
    when = sc_when(p.index)
    cat = sc_cat(p.title)

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"

    pieces = shown_pieces(p, lambda v: f"<h3>{esc(v)}</h3>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote><p>{esc(v)}</p></blockquote>", listing)
    n_essay = len(pieces)
    if gets(site, "wind", 11, p.index):
        week = when - timedelta(days=number(site, "wk", p.title, mod=4, base=2))
        turned = number(site, "turned", p.title, mod=7, base=1)
        best = f"{SC_WINDS[number(site, 'dir', p.title, mod=8)]} {number(site, 'mph', p.title, mod=20, base=8)} mph"
        diary = (f"Wind diary for the week to {week.day} {week.strftime('%B')}: sails turned on {turned} of 7 days; best wind {best} "
                 f"on {(week - timedelta(days=number(site, 'bd', p.title, mod=6))).strftime('%A')}.")
        slot_in(pieces, spot(n_essay, rng, 1, 5), ("block", f"<p><strong>{esc(diary.split(':')[0])}:</strong>{esc(diary.split(':', 1)[1])}</p>"))
        p.clutter.append(diary)
    mill = SC_MILLS[number(site, "mill", p.index, mod=len(SC_MILLS))]
    mill_in_text = gets(site, "millbox", 6, p.index)
    if mill_in_text:
        name, kind, built, state = mill
        table = (f'<table class="millbox" border="1" cellpadding="4"><tr><th colspan="2">Mill of the month</th></tr>'
                 f"<tr><td>Mill</td><td>{esc(name)}</td></tr><tr><td>Type</td><td>{esc(kind)}</td></tr>"
                 f"<tr><td>Built</td><td>{built}</td></tr><tr><td>Now</td><td>{esc(state)}</td></tr></table>")
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("block", table))
        p.clutter += ["Mill of the month", name, state]
    turn = rank(site, "photo", 5, p.index)
    if turn is not None:
        caption = (f"Photo: {rng.choice([w for w in SC_WRITERS if w != who])}, group visit {when.year - 1}." if turn % 2 == 0
                   else f"Cap and fantail from below, {(when - timedelta(days=40)).strftime('%B')}.")
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)),
                ("block", f'<!-- s9ymdb:{number(site, "mdb", p.title, mod=900, base=100)} --><img class="serendipity_image_center" width="400" height="300" '
                          f'style="border: 0px; padding-left: 5px; padding-right: 5px;" src="/blog/uploads/{digest(site, "img", p.title, n=8)}.jpg" alt="" />'
                          f'<div class="serendipity_imageComment_txt">{esc(caption)}</div>'))
        p.clutter.append(caption)
    split = max(1, min(len(pieces) - 1, 1 + rng.randint(0, 2)))
    while split > 1 and pieces[split - 1][0] in ("heading", "lead"):
        split -= 1
    body = "\n".join(h for _, h in pieces[:split])
    ext = [h for _, h in pieces[split:]]
    if p.refs:
        ext.append("<h3>Reading</h3>")
        ext += [f"<p>{mk}</p>" for _, mk in p.refs]
    comments = []
    if gets(site, "comments", 9, p.index):
        k = 1 + number(site, "nc", p.title, mod=3)
        names = random.Random(f"set39:{SEED}:scarba:n:{p.title}").sample(SC_COMMENTERS, k)
        texts = random.Random(f"set39:{SEED}:scarba:t:{p.title}").sample(SC_COMMENTS, k)
        for j, (name, text) in enumerate(zip(names, texts)):
            cid = 300 + p.index * 5 + j
            at = when + timedelta(hours=9 + 20 * j + number(site, "ch", p.title, j, mod=7))
            comments.append(f'<a id="c{cid}"></a>\n<div id="serendipity_comment_{cid}" class="serendipity_comment serendipity_comment_author_{slug(name)} '
                            f'{"serendipity_comment_odd" if j % 2 == 0 else ""}" style="padding-left: 0px">\n'
                            f'    <div class="serendipity_commentBody">{esc(text)}</div>\n'
                            f'    <div class="serendipity_comment_source">\n        <a class="comment_source_trace" href="#c{cid}">#{j + 1}</a>\n'
                            f'        <span class="comment_source_author">{esc(name)}</span>\n        on\n'
                            f'        <span class="comment_source_date">{at.strftime("%Y-%m-%d %H:%M")}</span>\n'
                            f'        (<a class="comment_source_ownerlink" href="#serendipity_CommentForm">Reply</a>)\n    </div>\n</div>')
            p.clutter += [text, name, at.strftime("%Y-%m-%d %H:%M")]
    reads = number(site, "reads", p.title, mod=900, base=60)
    tally = SC_TALLY[number(site, "tally", cat, mod=len(SC_TALLY))].format(words=p.words, reads=reads)
    p.claimed_words = p.words
    karma = number(site, "karma", p.title, mod=20, base=3)
    title_shown = esc(p.title)
    if gets(site, "repost", 5, p.index):
        title_shown = f'<span class="repost">{SC_REPOST}</span>{title_shown}'
        p.clutter.append(SC_REPOST.strip())
    url = sc_url(p.index, p.title)
    footer = (f"<div class='serendipity_entryFooter'>\n        Posted by <a href=\"{SC_HOST}/authors/{1 + SC_WRITERS.index(who)}-{slug(who)}\">{esc(who)}</a>\n"
              f'        in <a href="{SC_HOST}/categories/{1 + SC_CATS.index(cat)}-{slug(cat)}">{esc(cat)}</a>\n        at\n'
              f'        <a href="{url}">{when.strftime("%H:%M")}</a>\n        | <a href="{url}#comments">Comments ({len(comments)})</a>\n'
              f'        | <a href="{url}#trackbacks">Trackbacks (0)</a>\n        <br /><span class="tally">{esc(tally)}</span>\n</div>\n'
              f'<div class="serendipity_karmaVoting"><a id="karma_vote{p.index}"></a>Karma for this article: <span class="serendipity_karmaVoting_current">'
              f"Good ({karma} votes)</span><br />Rate this article: <a rel=\"nofollow\" href=\"#\">Very good</a> | <a href=\"#\">Good</a> | "
              f'<a href="#">Neutral</a> | <a href="#">Bad</a> | <a href="#">Very bad</a></div>')
    p.clutter += [tally, f"Good ({karma} votes)", "Karma for this article:", "Rate this article:", f"Comments ({len(comments)})",
                  "Trackbacks (0)", sc_date(when), who]
    form = ('<div class="serendipity_commentsTitle">Add Comment</div>\n<div class="serendipityCommentForm"><a id="serendipity_CommentForm"></a>'
            '<form id="serendipity_comment" action="/blog/comment.php" method="post"><table border="0" width="100%" cellpadding="3">'
            '<tr><td class="serendipity_commentsLabel"><label for="serendipity_commentform_name">Name</label></td><td class="serendipity_commentsValue">'
            '<input type="text" id="serendipity_commentform_name" name="serendipity[name]" value="" size="30" /></td></tr>'
            '<tr><td class="serendipity_commentsLabel"><label for="serendipity_commentform_email">Email</label></td><td><input type="text" name="serendipity[email]" /></td></tr>'
            '<tr><td class="serendipity_commentsLabel"><label for="serendipity_commentform_url">Homepage</label></td><td><input type="text" name="serendipity[url]" /></td></tr>'
            '<tr><td class="serendipity_commentsLabel"><label for="serendipity_replyTo">In reply to</label></td><td><select name="serendipity[replyTo]"><option value="0">[ Top level ]</option></select></td></tr>'
            '<tr><td class="serendipity_commentsLabel"><label for="serendipity_commentform_comment">Comment</label></td><td><textarea rows="10" cols="40" name="serendipity[comment]"></textarea></td></tr>'
            '<tr><td>&#160;</td><td class="serendipity_commentsLabel"><input id="checkbox_remember" type="checkbox" name="serendipity[remember]" /><label for="checkbox_remember">Remember Information? </label><br />'
            '<input id="checkbox_subscribe" type="checkbox" name="serendipity[subscribe]" /><label for="checkbox_subscribe">Subscribe to this entry</label></td></tr>'
            '<tr><td>&#160;</td><td class="serendipity_commentsValue"><input type="submit" name="serendipity[submit]" value="Submit Comment" /> '
            '<input type="submit" name="serendipity[preview]" value="Preview" /></td></tr></table></form></div>\n'
            '<div class="serendipity_center serendipity_msg_important">Submitted comments will be subject to moderation before being displayed.</div>')
    p.clutter += ["Add Comment", "In reply to", "[ Top level ]", "Remember Information?", "Subscribe to this entry",
                  "Submitted comments will be subject to moderation before being displayed.", "Trackback specific URI for this entry",
                  "No Trackbacks", "Display comments as (Linear | Threaded)", SC_BLOG, SC_SUB]
    if not comments:
        comments = ['<div class="serendipity_center nocomments">No comments</div>']
        p.clutter.append("No comments")
    content = (f'<div class="serendipity_Entry_Date">\n    <h3 class="serendipity_date">{sc_date(when)}</h3>\n'
               f'    <h4 class="serendipity_title"><a href="{url}">{title_shown}</a></h4>\n'
               f'    <div class="serendipity_entry serendipity_entry_author_{slug(who)} ">\n'
               f'        <span class="serendipity_entryIcon"><a href="{SC_HOST}/categories/{slug(cat)}"><img class="serendipity_entryIcon" title="{esc(cat)}" '
               f'alt="{esc(cat)}" src="/blog/uploads/cat-{slug(cat)}.png" /></a></span>\n'
               f'        <div class="serendipity_entry_body">\n{body}\n        </div>\n'
               f'        <div class="serendipity_entry_extended"><a id="extended"></a>\n' + "\n".join(ext) + "\n        </div>\n"
               f"{footer}\n    </div>\n"
               f'    <!--\n    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/" '
               f'xmlns:dc="http://purl.org/dc/elements/1.1/">\n    <rdf:Description rdf:about="{url}" trackback:ping="{SC_HOST}/comment.php?type=trackback&amp;entry_id={p.index + 200}" '
               f'dc:title="{attr(p.title)}" dc:identifier="{url}" />\n    </rdf:RDF>\n    -->\n'
               f'    <div class="serendipity_comments serendipity_section_trackbacks">\n        <br />\n        <a id="trackbacks"></a>\n'
               f'        <div class="serendipity_commentsTitle">Trackbacks</div>\n            <div class="serendipity_center">\n'
               f'                <a rel="nofollow" style="font-weight: normal" href="{SC_HOST}/comment.php?type=trackback&amp;entry_id={p.index + 200}" '
               f'onclick="alert(\'This link is not meant to be clicked.\'); return false;">Trackback specific URI for this entry</a>\n            </div>\n'
               f'            <br />\n            <div class="serendipity_center">No Trackbacks</div>\n    </div>\n'
               f'    <div class="serendipity_comments serendipity_section_comments">\n        <br />\n        <a id="comments"></a>\n'
               f'        <div class="serendipity_commentsTitle">Comments</div>\n'
               f'        <div class="serendipity_center">Display comments as <a rel="nofollow" href="#">(Linear</a> | <a rel="nofollow" href="#">Threaded)</a></div>\n'
               f'        <br />\n' + "\n".join(comments) + "\n" + form + "\n    </div>\n</div>")
    side, said = sc_sidebar(when, None if mill_in_text else mill)
    p.clutter += said
    return sc_page(f"{p.title} - {SC_BLOG}", content, side)


def scarba_index(ix: IndexPage) -> str:
    """No essay: a category overview, each entry cut at its extended part."""
    when = sc_when(ix.index)
    entries = []
    for n in reversed(ESSAY_PAGES["scarba"][-6:]):
        t = ix.site_titles[ESSAY_PAGES["scarba"].index(n)]
        e = ESSAYS_BY_TITLE[t]
        lead = next(v for k, v in e["blocks"] if k == "paragraph")
        short = " ".join(lead.split()[:24]) + " [...]"
        d = sc_when(n)
        entries.append(f'<div class="serendipity_Entry_Date"><h3 class="serendipity_date">{sc_date(d)}</h3>'
                       f'<h4 class="serendipity_title"><a href="{sc_url(n, t)}">{esc(t)}</a></h4><div class="serendipity_entry">'
                       f'<div class="serendipity_entry_body"><p>{esc(short)}</p></div>'
                       f'<div class="continue_reading"><a href="{sc_url(n, t)}#extended">Continue reading "{esc(t)}" &raquo;</a></div>'
                       f"<div class='serendipity_entryFooter'>Posted by {esc(sc_writer(t))} in {esc(sc_cat(t))} at {d.strftime('%H:%M')}</div></div></div>")
    content = ('<div class="serendipity_content_message">Entries in category History, Mill visits, Restoration, Wind and water</div>\n'
               + "\n".join(entries) + '\n<div class="serendipity_entryFooter" style="text-align: center">Page 1 of 3, totaling 17 entries '
               '<a href="#">next page &raquo;</a></div>')
    side, _ = sc_sidebar(when, SC_MILLS[0])
    return sc_page(f"{SC_BLOG} - Entries", content, side)


# ---- 3. easdale: a microscopy club's notes built with Pelican 3.6 and the notmyidea theme, 2015 -------------------

EA_CLUB = "Kilmory Microscopical Club"
ACTIVE = ' class="active"'
EA_TAG = "slides, notes and slide evenings"
EA_HOST = "https://kilmorymicro.org.uk"
EA_WRITERS = ["Catriona Tosh", "Lachlan Brodie", "Mhairi Kidd", "Roddy Orrock"]
EA_CATS = ["History", "Instruments", "Technique"]
EA_TAGS = ["lenses", "staining", "slides", "societies", "makers", "electron", "history of science", "diatoms", "amateurs"]
EA_STATS = ["Reading time ~{minutes} min \u00b7 {words} words", "{words} words, about {minutes} minutes",
            "Word count: {words}"]
EA_NOTES = [
    "Slide evening on {weekday} {day}, 7.30pm, Kilmory hall: bring a mounted slide and a story to go with it.",
    "The club's loan microscope (a Cooke, Troughton and Simms student stand) is back from service and free to borrow from {day}.",
    "Reminder: subscriptions for the year fall due on {day}. Twelve pounds, or six for students and the unwaged.",
    "{member} is ordering Canada balsam and cover glasses in bulk on {day}; sign the sheet at our next gathering.",
]
EA_MOUNTS = ["Canada balsam", "glycerine jelly", "Naphrax", "DPX", "dry mount"]
EA_STAINS = ["none", "haematoxylin and eosin", "safranin", "methylene blue", "crystal violet"]
EA_OBJ = ["x4", "x10", "x40", "x100 oil"]
EA_SERIES = ["Lenses and lives", "Winter reading", "Founders and followers"]
EA_CUT = "Part two follows after the next slide evening, once the photographs are done."
EA_BLOGROLL = ["Quekett Microscopical Club", "Micscape magazine", "Pelican", "Python.org"]


def ea_writer(title: str) -> str:
    return EA_WRITERS[number("easdale", "writer", title, mod=len(EA_WRITERS))]


def ea_when(index: int) -> datetime:
    d = date(2015, 1, 5) + timedelta(days=11 * index + number("easdale", "day", index, mod=5))
    return datetime(d.year, d.month, d.day, 19 + number("easdale", "h", index, mod=3), 5 * number("easdale", "m", index, mod=12))


def ea_cat(title: str) -> str:
    return EA_CATS[number("easdale", "cat", title, mod=len(EA_CATS))]


def ea_url(title: str) -> str:
    return f"{EA_HOST}/{slug(title)[:50].strip('-')}.html"


def ea_stamp(d: datetime) -> str:
    return d.strftime("%a %d %B %Y")


def ea_page(title: str, active: str, content: str) -> str:
    menu = "\n".join(f'                    <li{ACTIVE if c == active else ""}><a href="{EA_HOST}/category/{slug(c)}.html">{c}</a></li>'
                     for c in EA_CATS)
    roll = "\n".join(f'                            <li><a href="https://example.org/{slug(x)}">{esc(x)}</a></li>' for x in EA_BLOGROLL)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
        <meta charset="utf-8" />
        <title>{esc(title)}</title>
        <link rel="stylesheet" href="{EA_HOST}/theme/css/main.css" />
        <link href="{EA_HOST}/feeds/all.atom.xml" type="application/atom+xml" rel="alternate" title="{esc(EA_CLUB)} Atom Feed" />

        <!--[if IE]>
            <script src="https://html5shiv.googlecode.com/svn/trunk/html5.js"></script>
        <![endif]-->
</head>

<body id="index" class="home">
        <header id="banner" class="body">
                <h1><a href="{EA_HOST}/">{esc(EA_CLUB)} <strong>{esc(EA_TAG)}</strong></a></h1>
        </header><!-- /#banner -->
        <nav id="menu"><ul>
                    <li><a href="{EA_HOST}/pages/about-the-club.html">About the club</a></li>
                    <li><a href="{EA_HOST}/pages/slide-evenings.html">Slide evenings</a></li>
{menu}
        </ul></nav><!-- /#menu -->
{content}
        <section id="extras" class="body">
                <div class="blogroll">
                        <h2>links</h2>
                        <ul>
{roll}
                        </ul>
                </div><!-- /.blogroll -->
                <div class="social">
                        <h2>social</h2>
                        <ul>
                            <li><a href="{EA_HOST}/feeds/all.atom.xml" type="application/atom+xml" rel="alternate">atom feed</a></li>
                        </ul>
                </div><!-- /.social -->
        </section><!-- /#extras -->

        <footer id="contentinfo" class="body">
                <address id="about" class="vcard body">
                Proudly powered by <a href="http://getpelican.com/">Pelican</a>, which takes great advantage of <a href="http://python.org">Python</a>.
                </address><!-- /#about -->

                <p>The theme is by <a href="http://coding.smashingmagazine.com/2009/08/04/designing-a-html-5-layout-from-scratch/">Smashing Magazine</a>, thanks!</p>
        </footer><!-- /#contentinfo -->

</body>
</html>"""


EA_FRAME = ["About the club", "Slide evenings", *EA_CATS, "links", "social", "atom feed", *EA_BLOGROLL,
            "Proudly powered by Pelican, which takes great advantage of Python.", "The theme is by Smashing Magazine, thanks!"]


def easdale(p: Page) -> str:
    rng = p.rng
    site = "easdale"
    backdate(p, LATEST_STUDY[site])
    who = ea_writer(p.title)
    when = ea_when(p.index)
    cat = ea_cat(p.title)
    member = rng.choice([w for w in EA_WRITERS if w != who])

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"

    pieces = shown_pieces(p, lambda v: f'<h2 id="{slug(v)[:40]}">{esc(v)}</h2>', lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote>\n<p>{esc(v)}</p>\n</blockquote>", listing)
    n_essay = len(pieces)
    if gets(site, "note", 11, p.index):
        day = when + timedelta(days=number(site, "nd", p.title, mod=18, base=4))
        note = EA_NOTES[number(site, "note", p.title, mod=len(EA_NOTES))].format(
            weekday=day.strftime("%A"), day=f"{day.day} {day.strftime('%B')}", member=member)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("block", f'<div class="admonition note">\n<p class="admonition-title">Note</p>\n<p>{esc(note)}</p>\n</div>'))
        p.clutter.append(note)
    if gets(site, "slides", 7, p.index):
        rows = []
        for j in range(rng.randint(2, 4)):
            code = f"KMC-{when.year % 100:02d}-{number(site, 'slide', p.title, j, mod=400, base=10):03d}"
            row = [code, rng.choice(EA_MOUNTS), rng.choice(EA_STAINS), rng.choice(EA_OBJ)]
            rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>")
            p.clutter.append(code)
        table = ("<table>\n<thead>\n<tr>\n<th>Slide</th>\n<th>Mountant</th>\n<th>Stain</th>\n<th>Objective</th>\n</tr>\n</thead>\n<tbody>\n"
                 + "\n".join(rows) + "\n</tbody>\n</table>")
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("block", table))
        p.clutter.append("Mountant")
    turn = rank(site, "figure", 5, p.index)
    if turn is not None:
        caption = (f"Slide from the club cabinet, photographed through the eyepiece by {member}." if turn % 2 == 0
                   else f"The instrument discussed above, on the hall bench in {(when - timedelta(days=30)).strftime('%B')}.")
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)),
                ("block", f'<div class="figure">\n<img alt="slide photograph" src="{EA_HOST}/images/{digest(site, "img", p.title, n=8)}.jpg" />\n'
                          f'<p class="caption">{esc(caption)}</p>\n</div>'))
        p.clutter.append(caption)
    series = None
    if p.cut is not None:
        series = EA_SERIES[number(site, "series", p.title, mod=len(EA_SERIES))]
    elif gets(site, "series", 4, p.index, among=[n for n in ESSAY_PAGES[site] if n not in CUT_PAGES[site]]):
        series = EA_SERIES[number(site, "series", p.title, mod=len(EA_SERIES))]
    body = [h for _, h in pieces]
    if p.cut is not None:
        body.append(f"<p><em>{esc(EA_CUT)}</em></p>")
        p.clutter.append(EA_CUT)
    elif p.refs:
        body.append('<h2 id="reading-list">Reading list</h2>')
        body += [f"<p>{mk}</p>" for _, mk in p.refs]
    tags = random.Random(f"set39:{SEED}:easdale:tags:{p.title}").sample(EA_TAGS, 2)
    stats = EA_STATS[number(site, "stats", who, mod=len(EA_STATS))].format(words=p.words, minutes=max(1, round(p.words / 200)))
    p.claimed_words = p.words
    info = (f'<footer class="post-info">\n        <abbr class="published" title="{when.strftime("%Y-%m-%dT%H:%M:00+00:00")}">\n'
            f"                Published: {ea_stamp(when)}\n        </abbr>\n")
    p.clutter += [f"Published: {ea_stamp(when)}", f"By {who}", f"In {cat}.", f"tags: {tags[0]} {tags[1]}", stats]
    if gets(site, "modified", 6, p.index):
        mod = when + timedelta(days=number(site, "mod", p.title, mod=40, base=2))
        info += f'		<br />\n        <abbr class="modified" title="{mod.strftime("%Y-%m-%dT%H:%M:00+00:00")}">\n                Updated: {ea_stamp(mod)}\n        </abbr>\n'
        p.clutter.append(f"Updated: {ea_stamp(mod)}")
    info += (f'        <address class="vcard author">\n                By                         <a class="url fn" href="{EA_HOST}/author/{slug(who)}.html">{esc(who)}</a>\n'
             f'        </address>\n<p>In <a href="{EA_HOST}/category/{slug(cat)}.html">{esc(cat)}</a>.</p>\n'
             f'<p>tags: <a href="{EA_HOST}/tag/{slug(tags[0])}.html">{esc(tags[0])}</a> <a href="{EA_HOST}/tag/{slug(tags[1])}.html">{esc(tags[1])}</a> </p>\n'
             f'<p class="stats">{esc(stats)}</p>\n')
    if series:
        mates = [t for t in p.others if EA_SERIES[number(site, "series", t, mod=len(EA_SERIES))] == series][:2]
        parts = [p.title] + mates if p.cut is None else [p.title]
        no = 1 if p.cut is not None else 1 + number(site, "part", p.title, mod=len(parts))
        parts_shown = parts[1:no] + [p.title] + parts[no:] if p.cut is None else parts
        info += (f'<p>Part {no} of the <a href="{EA_HOST}/series/{slug(series)}.html">{esc(series)}</a> series</p>\n<ol class="parts">\n'
                 + "\n".join(f'    <li{ACTIVE if t == p.title else ""}><a href="{ea_url(t)}">{esc(t)}</a></li>' for t in parts_shown)
                 + "\n</ol>\n")
        p.clutter += [f"Part {no} of the {series} series", *[t for t in parts_shown if t != p.title]]
    info += "</footer><!-- /.post-info -->"
    content = (f'<section id="content" class="body">\n  <article>\n    <header>\n      <h1 class="entry-title">\n'
               f'        <a href="{ea_url(p.title)}" rel="bookmark"\n           title="Permalink to {attr(p.title)}">{esc(p.title)}</a></h1>\n'
               f'    </header>\n\n    <div class="entry-content">\n{info}      ' + "\n".join(body) + "\n    </div><!-- /.entry-content -->\n"
               f'    <div class="comments">\n      <h2>Comments !</h2>\n      <div id="disqus_thread"></div>\n      <script type="text/javascript">\n'
               f"        var disqus_shortname = 'kilmorymicro';\n        var disqus_identifier = '{slug(p.title)[:50]}.html';\n"
               f"        var disqus_url = '{ea_url(p.title)}';\n        (function() {{\n             var dsq = document.createElement('script'); dsq.type = 'text/javascript'; dsq.async = true;\n"
               f"             dsq.src = '//kilmorymicro.disqus.com/embed.js';\n             (document.getElementsByTagName('head')[0] || document.getElementsByTagName('body')[0]).appendChild(dsq);\n"
               f"        }})();\n      </script>\n      <noscript>Please enable JavaScript to view the <a href=\"https://disqus.com/?ref_noscript\">comments powered by Disqus.</a></noscript>\n"
               f"    </div>\n\n  </article>\n</section>")
    p.clutter += ["Comments !", "Please enable JavaScript to view the comments powered by Disqus.", EA_CLUB, EA_TAG, *EA_FRAME]
    return ea_page(f"{p.title} - {EA_CLUB}", cat, content)


def easdale_index(ix: IndexPage) -> str:
    """No essay: the archives list, or the slide evenings page."""
    rng = ix.rng
    if ix.kind == "archives":
        rows = []
        for n in reversed(ESSAY_PAGES["easdale"]):
            t = ix.site_titles[ESSAY_PAGES["easdale"].index(n)]
            rows.append(f'    <dt>{ea_stamp(ea_when(n))}</dt>\n    <dd><a href="{ea_url(t)}">{esc(t)}</a></dd>')
        content = (f'<section id="content" class="body">\n<h1>Archives for {esc(EA_CLUB)}</h1>\n\n<dl>\n' + "\n".join(rows) + "\n</dl>\n</section>")
        return ea_page(f"{EA_CLUB} - Archives", "", content)
    start = ea_when(ix.index)
    items = []
    for k in range(6):
        d = start + timedelta(days=14 * k + rng.randint(0, 2))
        what = ["Members' slides, any subject", "Pond life from the Kilmory burn", "Mounting in glycerine jelly, hands on",
                "Old instruments: bring one, describe one", "Diatoms and how to clean them", "Annual meeting and photo competition"][k]
        items.append(f"<li><strong>{d.strftime('%A')} {d.day} {d.strftime('%B')}</strong>: {esc(what)}</li>")
    content = ('<section id="content" class="body">\n    <h1 class="entry-title">Slide evenings</h1>\n    \n'
               "<p>Meetings: Kilmory hall, 7.30pm. Visitors are welcome; the kettle is on from seven.</p>\n<ul>\n"
               + "\n".join(items) + "\n</ul>\n<p>Microscopes are provided, but bring your own if you have one.</p>\n</section>")
    return ea_page(f"Slide evenings - {EA_CLUB}", "", content)


# ---- 4. erraid: a quilt history community on a Lemmy 0.19 instance, 2024 -------------------------------------------

ER_INSTANCE = "Seam Allowance"
ER_HOST = "https://lemmy.seamallowance.net"
ER_COMM = ("Quilt History", "quilthistory")
ER_USERS = ["threadbare_ailie", "KirstyPieces", "appliqueandrew", "wholecloth_wendy"]
ER_TALLY = {"threadbare_ailie": "(About {words} words. Sources listed last, where I found any.)",
            "KirstyPieces": "Long one, sorry: {words} words.",
            "appliqueandrew": "[{words} words, no pictures yet]"}
ER_TAGS = ["[Long read] ", "[OC] ", "[Essay] "]
ER_CROSS = ["textilehistory@lemmy.world", "quilting@feddit.uk", "history@lemmy.ml"]
ER_COMMENTERS = ["binding_betty", "scrapbag", "Moira_sews", "QuiltHoarder", "eilidh_m", "featherstitch", "NotAQuilter", "hexie_hal"]
ER_COMMENTS = [
    "This is exactly why I subscribed to this community. Thank you for writing it up properly.",
    "Saving this. Do you have a link for the second source? It is paywalled for me.",
    "My gran had a quilt a bit like this and its origin is a family mystery.",
    "Great post. I'd quibble about some dates, but the argument holds.",
    "Not a quilter, ended up here from All, read the whole thing. Fascinating.",
    "Follow-up possible? I would read ten more of these.",
    "Cross-posting this to my local guild's group chat, hope that's ok.",
]
ER_RULES = ["Be kind. Disagree with the argument, not the person.", "Cite a source when you state a date or a maker.",
            "Your own quilts belong in the weekly photo thread.", "No selling, no affiliate links."]
ER_MODS = ["threadbare_ailie", "hexie_hal"]
ER_CUT = "This ran long, so I put the remainder on my blog (link below). Questions welcome here all the same."
ER_FOOT = ["Modlog", "Instances", "Docs", "Code", "join-lemmy.org"]


def er_user(title: str) -> str:
    return ER_USERS[number("erraid", "user", title, mod=len(ER_USERS))]


def er_when(index: int) -> datetime:
    d = date(2024, 2, 3) + timedelta(days=6 * index + number("erraid", "day", index, mod=3))
    return datetime(d.year, d.month, d.day, 8 + number("erraid", "h", index, mod=12), number("erraid", "m", index, mod=60))


def er_post_id(index: int) -> int:
    return 1184000 + 733 * index + number("erraid", "pid", index, mod=500)


def er_name(title: str, index: int) -> str:
    k = number("erraid", "tag", title, mod=len(ER_TAGS) + 2)
    if index in CUT_PAGES["erraid"] or k >= len(ER_TAGS):
        return title
    return ER_TAGS[k] + title


def er_ago(days: int) -> str:
    return "1 day ago" if days == 1 else f"{days} days ago" if days < 30 else f"{days // 30} months ago"


def er_page(title: str, main: str, counts: tuple[int, int, int, int], data: dict) -> str:
    users_day, users_week, posts, comments = counts
    rules = "".join(f"<li>{esc(r)}</li>" for r in ER_RULES)
    mods = "".join(f'<li class="list-inline-item"><a class="person-listing d-inline-flex align-items-baseline text-info" title="{u}" href="/u/{u}">'
                   f'<span>{u}</span></a></li>' for u in ER_MODS)
    iso = json.dumps(data, separators=(",", ":"))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<script nonce="{digest('erraid', 'nonce', title, n=22)}">window.isoData = {iso};</script>
<meta name="Description" content="Lemmy">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link id="favicon" rel="shortcut icon" type="image/x-icon" href="/static/assets/icons/favicon.svg">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="stylesheet" type="text/css" href="/static/styles/styles.css">
<link rel="stylesheet" type="text/css" href="/css/themes/litely.css" id="default-light">
<title>{esc(title)}</title>
</head>
<body>
<noscript><div class="alert alert-danger rounded-0" role="alert"><b>Javascript is disabled. Actions will not work.</b></div></noscript>
<div id="root"><div id="app" class="lemmy-site"><div class="shadow-sm"><nav class="navbar navbar-expand-md navbar-light p-0 px-3 container-lg" id="navbar"><a title="{esc(ER_INSTANCE)}" class="d-flex align-items-center navbar-brand me-md-3 active" href="/"><img src="{ER_HOST}/pictrs/image/{digest('erraid', 'logo', n=8)}.png" alt="" class="overflow-hidden mx-1 rounded-circle" style="height:2rem"><span class="navbar-brand-text">{esc(ER_INSTANCE)}</span></a><div class="collapse navbar-collapse my-2" id="navbarDropdown"><ul class="me-auto navbar-nav" id="navbarLinks"><li class="nav-item"><a class="nav-link" title="Communities" href="/communities">Communities</a></li><li class="nav-item"><a class="nav-link" title="Create Post" href="/create_post">Create Post</a></li><li class="nav-item"><a class="nav-link" title="Create Community" href="/create_community">Create Community</a></li><li class="nav-item"><a class="nav-link d-inline-flex align-items-center d-md-inline-block" title="Support Lemmy" href="https://join-lemmy.org/donate"><svg class="icon small"><use xlink:href="/static/assets/symbols.svg#icon-heart"></use></svg><span class="d-inline ms-1 d-md-none ms-md-0">Support Lemmy</span></a></li></ul><ul class="navbar-nav" id="navbarIcons"><li class="nav-item" id="navSearch"><a class="nav-link d-inline-flex align-items-center d-md-inline-block" title="Search" href="/search"><svg class="icon"><use xlink:href="/static/assets/symbols.svg#icon-search"></use></svg></a></li><li class="nav-item"><a class="nav-link" title="Login" href="/login">Login</a></li><li class="nav-item"><a class="nav-link" title="Sign Up" href="/signup">Sign Up</a></li></ul></div></nav></div><div class="mt-4 p-0 fl-1">
<div class="container-lg"><div class="row">
{main}
<aside class="sidebar col-12 col-md-4"><div id="sidebarContainer"><section id="sidebarMain" class="card border-secondary mb-3"><div class="card-body"><div><div><h2 class="h5 mb-0"><span class="me-2">{esc(ER_COMM[0])}</span></h2><a class="community-link" title="!{ER_COMM[1]}@lemmy.seamallowance.net" href="/c/{ER_COMM[1]}">!{ER_COMM[1]}@lemmy.seamallowance.net</a></div><div class="mb-2"><button class="btn btn-secondary d-block w-100" type="button">Subscribe</button></div></div><ul class="badges my-1 list-inline"><li class="list-inline-item badge text-bg-secondary">{fmt_int(users_day)} users / day</li><li class="list-inline-item badge text-bg-secondary">{fmt_int(users_week)} users / week</li><li class="list-inline-item badge text-bg-secondary">{fmt_int(posts)} Posts</li><li class="list-inline-item badge text-bg-secondary">{fmt_int(comments)} Comments</li></ul><div class="md-div"><p>Where quilts meet their history: makers, patterns, myths and museums.</p><p><strong>Rules</strong></p><ol>{rules}</ol></div><ul class="list-inline small"><li class="list-inline-item">Moderators</li>{mods}</ul></div></section></div></aside>
</div></div></div><nav class="container-lg navbar navbar-expand-md navbar-light navbar-bg p-3"><div class="navbar-collapse"><ul class="navbar-nav ms-auto"><li class="nav-item"><span class="nav-link">UI: 0.19.3</span></li><li class="nav-item"><span class="nav-link">BE: 0.19.3</span></li><li class="nav-item"><a class="nav-link" href="/modlog">Modlog</a></li><li class="nav-item"><a class="nav-link" href="/instances">Instances</a></li><li class="nav-item"><a class="nav-link" href="https://join-lemmy.org/docs/en/index.html">Docs</a></li><li class="nav-item"><a class="nav-link" href="https://github.com/LemmyNet">Code</a></li><li class="nav-item"><a class="nav-link" href="https://join-lemmy.org">join-lemmy.org</a></li></ul></div></nav></div></div>
<script defer="" src="/static/js/client.js"></script>
</body>
</html>
"""


def er_counts(index: int) -> tuple[int, int, int, int]:
    return (290 + number("erraid", "ud", index, mod=60), 1100 + number("erraid", "uw", index, mod=200),
            1180 + 3 * index, 9600 + 41 * index + number("erraid", "cc", index, mod=30))


def er_frame_clutter(counts) -> list[str]:
    users_day, users_week, posts, comments = counts
    return [ER_INSTANCE, "Communities", "Create Post", "Create Community", "Support Lemmy", "Login", "Sign Up", ER_COMM[0],
            f"!{ER_COMM[1]}@lemmy.seamallowance.net", "Subscribe", f"{fmt_int(users_day)} users / day", f"{fmt_int(users_week)} users / week",
            f"{fmt_int(posts)} Posts", f"{fmt_int(comments)} Comments", "Where quilts meet their history: makers, patterns, myths and museums.",
            "Rules", *ER_RULES, "Moderators", *ER_MODS, "UI: 0.19.3", "BE: 0.19.3", *ER_FOOT, "Javascript is disabled. Actions will not work."]


def er_listing_head(name: str, user: str, when_ago: str, score: int, ncom: int, href: str, cross: str | None) -> str:
    cross_html = (f'<div class="small mb-1 mb-md-0">cross-posted to: <a class="community-link" href="/c/{cross}">{cross}</a></div>' if cross else "")
    return (f'<div class="d-flex"><div class="flex-grow-0 vote-bar small text-center"><button class="btn-animate btn btn-link p-0" aria-label="Upvote">'
            f'<svg class="icon upvote"><use xlink:href="/static/assets/symbols.svg#icon-arrow-up1"></use></svg></button><div class="unselectable pointer text-muted post-score">{score}</div>'
            f'<button class="btn-animate btn btn-link p-0" aria-label="Downvote"><svg class="icon downvote"><use xlink:href="/static/assets/symbols.svg#icon-arrow-down1"></use></svg></button></div>'
            f'<div class="col flex-grow-1"><div class="d-flex flex-wrap align-items-center mb-1"><h1 class="h5 d-inline text-break"><a class="d-inline link-dark" href="{href}" title="{attr(name)}">{esc(name)}</a></h1></div>'
            f'<div class="small mb-1 mb-md-0"><a class="person-listing d-inline-flex align-items-baseline text-info" title="{user}" href="/u/{user}"><span>{user}</span></a>'
            f'<span> to </span><a class="community-link" title="!{ER_COMM[1]}@lemmy.seamallowance.net" href="/c/{ER_COMM[1]}">{esc(ER_COMM[0])}</a>'
            f'<span> \u2022 </span><span class="moment-time pointer unselectable">{when_ago}</span></div>{cross_html}'
            f'<ul class="list-inline mb-1 text-muted small mt-2"><li class="list-inline-item"><a class="btn btn-link btn-animate text-muted py-0" title="{plural(ncom, "Comment")}" href="{href}#comments">'
            f'<svg class="icon me-1 d-inline"><use xlink:href="/static/assets/symbols.svg#icon-message-square"></use></svg>{ncom}</a></li></ul></div></div>')


def erraid(p: Page) -> str:
    rng = p.rng
    site = "erraid"
    backdate(p, LATEST_STUDY[site])
    user = er_user(p.title)
    when = er_when(p.index)
    seen = when + timedelta(days=number(site, "seen", p.title, mod=9, base=2))
    pid = er_post_id(p.index)

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>\n"

    pieces = shown_pieces(p, lambda v: f"<h2>{esc(v)}</h2>\n", lambda v, k: f"<p>{esc(v)}</p>\n",
                          lambda v: f"<blockquote>\n<p>{esc(v)}</p>\n</blockquote>\n", listing)
    body = [h for _, h in pieces]
    if user in ER_TALLY:
        tally = ER_TALLY[user].format(words=p.words)
        body.insert(0, f"<p><em>{esc(tally)}</em></p>\n")
        p.claimed_words = p.words
        p.clutter.append(tally)
    if p.cut is not None:
        link = f"https://{user.lower().replace('_', '')}.blog/{slug(p.title)[:40]}"
        body.append(f"<p>{esc(ER_CUT)}</p>\n<p><a href=\"{link}\" rel=\"nofollow\">{link}</a></p>\n")
        p.clutter += [ER_CUT, link]
    elif p.refs:
        body.append("<p><strong>Sources</strong></p>\n<ul>\n" + "".join(f"<li>{mk}</li>\n" for _, mk in p.refs) + "</ul>\n")
    turn = rank(site, "image", 4, p.index)
    if turn is not None:
        alt = ["a detail of the quilt, photographed at a museum open day", "a scan from an old exhibition catalogue"][turn % 2]
        body.insert(min(len(body), 3), f'<p><img src="{ER_HOST}/pictrs/image/{digest(site, "pic", p.title, n=12)}.jpeg" alt="{attr(alt)}" '
                                       f'title="{attr(alt)}" loading="lazy"></p>\n')
    name = er_name(p.title, p.index)
    score = 40 + number(site, "score", p.title, mod=260)
    cross = ER_CROSS[number(site, "cross", p.title, mod=3)] if gets(site, "cross", 5, p.index) else None
    comments = []
    k = 2 + number(site, "nc", p.title, mod=4)
    names = random.Random(f"set39:{SEED}:erraid:n:{p.title}").sample(ER_COMMENTERS, k)
    texts = random.Random(f"set39:{SEED}:erraid:t:{p.title}").sample(ER_COMMENTS, k)
    for j, (who, text) in enumerate(zip(names, texts)):
        cs = 1 + number(site, "cs", p.title, j, mod=40)
        ago = er_ago(max(1, (seen - when).days - j))
        op = user if j == k - 1 and p.cut is None and gets(site, "opreply", 8, p.index) else None
        rows = [(who, text, cs, ago)]
        if op:
            reply = "Thanks! Source coming, once I find it again."
            rows.append((op, reply, 2 + j, er_ago(max(1, (seen - when).days - j - 1))))
        for depth, (a, t, s, ag) in enumerate(rows):
            comments.append(f'<li class="comment list-unstyled{" ms-3" if depth else ""}" role="comment"><article id="comment-{pid * 3 + j * 7 + depth}" class="details comment-node py-2 border-top border-light">'
                            f'<div class="ms-2"><div class="d-flex flex-wrap align-items-center text-muted small">'
                            f'<a class="person-listing d-inline-flex align-items-baseline text-info" title="{a}" href="/u/{a}"><span>{a}</span></a>'
                            + ('<span class="badge text-bg-light d-none d-sm-inline me-1">OP</span>' if a == user else "")
                            + f'<span class="me-1 font-weight-bold">{s}</span><span class="moment-time">{ag}</span></div>'
                            f'<div class="md-div"><p>{esc(t)}</p>\n</div><div class="d-flex justify-content-between justify-content-lg-start flex-wrap text-muted fw-bold">'
                            f'<button class="btn btn-link btn-animate text-muted" type="button">reply</button></div></div></article></li>')
            p.clutter += [t, ag]
    ncom = k + sum(1 for c in comments if "ms-3" in c) + number(site, "hidden", p.title, mod=6)
    head = er_listing_head(name, user, er_ago((seen - when).days), score, ncom, f"/post/{pid}", cross)
    post = (f'<main class="col-12 col-md-8 col-lg-9 mb-3"><div class="post-listing mt-2">{head}'
            f'<div class="post-body"><div class="md-div">\n' + "".join(body) + "</div></div></div>"
            f'<form class="comment-form mb-3"><div class="alert alert-warning" role="alert">You are not logged in. However you can subscribe '
            f'from another Fediverse account, for example Lemmy or Mastodon. To do this, paste the following into the search field of your instance: '
            f'<code>!{ER_COMM[1]}@lemmy.seamallowance.net</code></div></form>'
            f'<div class="btn-group btn-group-toggle flex-wrap me-3 mb-2" role="group"><label class="btn btn-outline-secondary pointer active">Hot</label>'
            f'<label class="btn btn-outline-secondary pointer">Top</label><label class="btn btn-outline-secondary pointer">Controversial</label>'
            f'<label class="btn btn-outline-secondary pointer">New</label><label class="btn btn-outline-secondary pointer">Old</label></div>'
            f'<div class="comments" id="comments"><ul class="comments">' + "".join(comments) + "</ul></div></main>")
    counts = er_counts(p.index)
    p.clutter += [name if name != p.title else "", user, er_ago((seen - when).days), "cross-posted to:" if cross else "", cross or "",
                  "You are not logged in. However you can subscribe from another Fediverse account, for example Lemmy or Mastodon.",
                  "Controversial", *er_frame_clutter(counts)]
    p.clutter = [c for c in p.clutter if c]
    data = {"path": f"/post/{pid}", "site_res": {"site_view": {"site": {"name": ER_INSTANCE}}}, "routeData": {"postRes": {"state": "success"}}}
    return er_page(f"{name} - {ER_INSTANCE}", post, counts, data)


def erraid_index(ix: IndexPage) -> str:
    """No essay: the community's front page, or the weekly show-and-tell thread."""
    rng = ix.rng
    counts = er_counts(ix.index)
    when = er_when(ix.index)
    if ix.kind == "community":
        rows = []
        for n in reversed(ESSAY_PAGES["erraid"][-8:]):
            t = ix.site_titles[ESSAY_PAGES["erraid"].index(n)]
            rows.append(f'<div class="post-listing mt-2">{er_listing_head(er_name(t, n), er_user(t), er_ago(max(1, (when - er_when(n)).days)), 40 + number("erraid", "score", t, mod=260), 3 + rng.randint(0, 30), f"/post/{er_post_id(n)}", None)}</div>')
        main = (f'<main class="col-12 col-md-8 col-lg-9"><h1 class="h4 mb-4">{esc(ER_COMM[0])}</h1><div class="mb-3"><span class="me-3">Sort: Active</span></div>'
                + "".join(rows) + "</main>")
        return er_page(f"{ER_COMM[0]} - {ER_INSTANCE}", main, counts, {"path": f"/c/{ER_COMM[1]}"})
    pid = er_post_id(ix.index)
    intro = ("<p>Weekly thread: show us what is on your frame, what you found in a charity shop, or what you are stuck on. "
             "Photos welcome here and only here.</p>\n")
    comments = []
    for j, who in enumerate(rng.sample(ER_COMMENTERS, 4)):
        text = ["Finished the binding on my first hexie quilt. Only took three years.", "Found a 1930s feed sack top for eight pounds!",
                "Stuck on matching points, any tips?", "Hand quilting a wholecloth, about a third done."][j]
        comments.append(f'<li class="comment list-unstyled" role="comment"><article class="details comment-node py-2 border-top border-light"><div class="ms-2">'
                        f'<div class="d-flex flex-wrap align-items-center text-muted small"><span>{who}</span><span class="moment-time">{er_ago(1 + j)}</span></div>'
                        f'<div class="md-div"><p>{esc(text)}</p>\n</div></div></article></li>')
    head = er_listing_head("Show-and-tell Saturday", ER_MODS[0], "3 days ago", 58, 4, f"/post/{pid}", None)
    main = (f'<main class="col-12 col-md-8 col-lg-9 mb-3"><div class="post-listing mt-2">{head}<div class="post-body"><div class="md-div">\n{intro}</div></div></div>'
            f'<div class="comments" id="comments"><ul class="comments">' + "".join(comments) + "</ul></div></main>")
    return er_page(f"Show-and-tell Saturday - {ER_INSTANCE}", main, counts, {"path": f"/post/{pid}"})


# ------------------------------------------------------------------------------------------------------- assembly

SITES = {  # host -> (page writer, no-essay writer, no-essay kinds, pages cut short, pages with references)
    "luing": (luing, luing_index, ["archive", "diary"], 3, 3),          # cut: members' area
    "scarba": (scarba, scarba_index, ["overview"], 0, 3),              # extended body always shown
    "easdale": (easdale, easdale_index, ["archives", "evenings"], 3, 3),  # cut: part one of a series
    "erraid": (erraid, erraid_index, ["community", "showtell"], 3, 3),   # cut: "rest is on my blog"
}


def save(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8"))


def units_of(essay: dict) -> set[str]:
    """Normalised blocks plus bullets, six words upward (headings left out)."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int) -> dict[str, list[dict]]:
    """Per host, cards shuffled by seed; drafts overlapping a kept essay by any block are dropped."""
    kept: list[tuple[dict, set[str], str]] = []
    chosen: dict[str, list[dict]] = {}
    for name, (_, _, kinds, _, _) in SITES.items():
        need = PAGES_PER_SITE - len(kinds)
        mine = [c for c in cards if c["host"] == name]
        random.Random(f"set39:{seed}:{name}:order").shuffle(mine)
        chosen[name] = []
        for card in mine:
            if len(chosen[name]) == need:
                break
            essay = make_essay(card, seed)
            units = units_of(essay)
            text = norm(" ".join(block_text(b) for b in essay["blocks"]))
            if any(u in other for u in units for _, _, other in kept) or any(u in text for _, theirs, _ in kept for u in theirs):
                continue
            kept.append((essay, units, text))
            chosen[name].append(essay)
        if len(chosen[name]) < need:
            raise SystemExit(f"{name}: {len(chosen[name])} essays usable, {need} wanted")
    return chosen


def index_pages(name: str, kinds: list[str]) -> dict[int, str]:
    """Seeded page numbers (2 to 17) for essayless pages."""
    spots = sorted(random.Random(f"set39:{SEED}:{name}:noessay").sample(range(2, PAGES_PER_SITE), len(kinds)))
    return dict(zip(spots, kinds))


def write_folders(outdir: Path, seed: int, chosen: dict[str, list[dict]]) -> list[str]:
    """Writes pages plus truth files per host; yields SOURCES.tsv lines."""
    rows = []
    for name, (writer, lister, kinds, teasers, cited) in SITES.items():
        site_rng = random.Random(f"set39:{seed}:{name}")
        indexes = index_pages(name, kinds)
        ESSAY_PAGES[name] = [n for n in range(1, PAGES_PER_SITE + 1) if n not in indexes]
        mine = chosen[name]
        titles = [e["title"] for e in mine]
        SITE_TITLES[name] = titles
        order = list(range(len(mine)))
        site_rng.shuffle(order)
        teaser_set, cited_set = set(order[:teasers]), set(order[teasers:teasers + cited])
        CUT_PAGES[name] = {ESSAY_PAGES[name][k] for k in teaser_set}
        folder = outdir / name
        (folder / "truth").mkdir(parents=True, exist_ok=True)
        k = 0
        for n in range(1, PAGES_PER_SITE + 1):
            page_rng = random.Random(f"set39:{seed}:{name}:{n}")
            if n in indexes:
                ix = IndexPage(name, n, titles, page_rng, indexes[n])
                save(folder / f"page-{n:02d}.html", lister(ix))
                (folder / "truth" / f"page-{n:02d}.md").write_text(ix.truth(), "utf-8")
                rows.append(f"{name}\tpage-{n:02d}\t-\t0\t(no essay: {indexes[n]} page)")
                continue
            essay = mine[k]
            page = Page(essay, page_rng, n, titles, name)
            if k in teaser_set:
                page.cut = max(3, round(len(page.blocks) * page_rng.uniform(0.35, 0.55)))
                while page.cut > 3 and (page.blocks[page.cut - 1][0] == "heading" or
                                        block_text(page.blocks[page.cut - 1]).rstrip().endswith(":")):
                    page.cut -= 1
            if k in cited_set:
                page.refs = g.works_cited(page_rng, page_rng.randint(3, 6))
            k += 1
            save(folder / f"page-{n:02d}.html", writer(page))
            (folder / "truth" / f"page-{n:02d}.md").write_text(page.truth(), "utf-8")
            rows.append(f"{name}\tpage-{n:02d}\t{essay['id']}\t{essay['words']}\t{essay['title']}")
    return rows


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=2039)
    args = ap.parse_args()
    SEED = args.seed
    cards = parse_cards()
    chosen = choose_essays(cards, args.seed)
    ESSAYS_BY_TITLE.clear()
    ESSAYS_BY_TITLE.update({e["title"]: e for essays in chosen.values() for e in essays})
    rows = write_folders(args.outdir, args.seed, chosen)
    header = "site\tpage\ttopic_card\tessay_words\tessay_title"
    (args.outdir / "SOURCES.tsv").write_text("\n".join([header, *rows]) + "\n", "utf-8")
    need = sum(len(v) for v in chosen.values())
    print(f"{len(SITES)} hosts x {PAGES_PER_SITE} pages into {args.outdir}: {need} essays from {len(cards)} cards, "
          f"{len(SITES) * PAGES_PER_SITE - need} pages with none")


if __name__ == "__main__":
    main()
