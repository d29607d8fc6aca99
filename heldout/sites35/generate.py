"""Thirty-fifth batch of held-out pages for issue 13: four made-up hobby societies whose websites carry
essay-like articles, eighteen pages apiece, meant to test a template learner meeting each host cold; the extractor's
authors never see them.

    usage (project venv Python): generate.py OUTDIR [--seed 2035]

OUTDIR receives a folder per society, holding page-01.html through page-18.html, and beside them truth/ with
an .md for each, readable by bench/scoring.py. Each society also gets one essayless page, or two (a meetings programme, a contents list of the society bulletin, running days of a miniature railway, a
magazine section list, an article index, a dance-out calendar); their truths say no_essay. Every essay is
built afresh out of the cards and phrase pools here, so it exists nowhere else; SOURCES.tsv, beside
the society folders, lists each page's card. Same seed, same bytes.

Societies (page kinds):
  stronsay  Horological society, 2012. Serif WebPlus export: every element placed absolutely, the article
            in linked text frames with other frames written between them, a glossary box on most pages,
            a bulletin line with issue number plus word total; siblings cited through their final scholar's figure
  copinsay  Model engineering society, 2005. Mambo CMS: modules in tables, a reprint line stating printed
            pages, bracketed editorial asides inside the text, long articles split by the page-break plugin;
            a newsflash module showing the entire opening paragraph of another article
  swona     Bird club, 2016. concrete5 CMS: the article spread over several content blocks, a sightings
            box whose numbers differ between pages, fact boxes between blocks, a members' wall;
            siblings listed beside the first sentence from their background paragraph
  auskerry  Morris side, 2021. WordPress with a drag-and-drop page builder: each section of an article sitting
            in its own module, node ids that differ on every page, the bagman's notices between modules,
            a word count beside the date; siblings shown with the remark from their final strand

From sets 1, 2 and 3, borrowed as they are: truth writing, invented reference lists, escaping, digit
grouping, the pick of where a boxed insert goes, and plurals.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import math
import random
import re
from datetime import date, timedelta
from pathlib import Path


def _load(name: str, folder: str):
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

# ---------------------------------------------------------------------------------------------- topic cards
# Cards: a line apiece, twelve fields parted by "|": society | title | subject | x (phrased to fit mid-sentence) |
# people | setting | period (containing some year written out fully) | three strands parted by ";" | thesis | rival view (each
# phrased to follow "that") | fact one | fact two (single sentences whose one full stop closes them).

ESSAY_CARDS = """
stronsay | The Swinging Weight | clock history | Christiaan Huygens's pendulum clock | the Dutch scholar Christiaan Huygens, the Hague clockmaker Salomon Coster and the London makers who copied the design | the Hague and London's workshops | 1656 to 1673 | the patent granted to Coster; English makers copying Coster's design; Huygens's pendulum treatise printed in Paris | the pendulum clock owed its success equally to a craftsman's bench and a scholar's mathematics | Huygens alone earned praise for inventing pendulum regulation | Christiaan Huygens designed a clock regulated by a pendulum in 1656. | Christiaan Huygens published Horologium Oscillatorium in Paris in 1673.
stronsay | A Spring for the Balance | watch history | the balance spring quarrel | the English scholar Robert Hooke, Christiaan Huygens and the London watchmaker Thomas Tompion | London's Royal Society and Louis XIV's court | 1658 to 1675 | Hooke's claim to have had the idea first; the spiral spring described by Huygens; the watch Tompion made for the king | the balance spring made the pocket watch a timekeeper rather than a trinket | that dispute was a sideshow irrelevant to watchmaking | Christiaan Huygens described a spiral balance spring in 1675. | Thomas Tompion made a watch with a balance spring for Charles II in 1675.
stronsay | Found in the Tower | clock history | how Salisbury Cathedral's clock was rediscovered | the cathedral's medieval smiths, the engineer who noticed the old iron frame and the restorers who set it going again | Salisbury Cathedral, its close and tower | 1386 to 1956 | the iron frame forgotten in the tower; its boast of being Europe's oldest working clock; the restoration that gave back its verge | the clock's reputation depends on careful restoration and only partly on age | its title as the oldest working clock is settled beyond doubt | The clock at Salisbury Cathedral is usually dated to about 1386. | The Salisbury Cathedral clock was restored to working order in 1956.
stronsay | Knights Who Joust Every Hour | clock history | the Wells Cathedral clock | the monks and masons of Wells, the seated figure called Jack Blandifer and a museum which later removed the works | the north transept of Wells Cathedral in Somerset | 1390 to 1884 | the astronomical dial with its sun and moon; the jousting knights above the dial; the old movement carried off to London | the Wells clock was built to teach and delight, telling the hour being only one duty | the clock was a plain timekeeper with its ornaments added later | The astronomical clock at Wells Cathedral dates from about 1390. | The original movement of the Wells clock went to the Science Museum in London in 1884.
stronsay | The Clock in the Square | clock history | the Prague astronomical clock | the clockmaker Mikulas of Kadan, the astronomer Jan Sindel and the townspeople who told tales of a blinded maker | the Old Town Square of Prague | 1410 to 1945 | the astronomical dial of 1410; the procession of apostles added much later; fire during the war's final days | the Prague clock survives because every century has rebuilt it | the clock today is essentially the medieval machine | Prague's Old Town astronomical clock was installed in 1410. | Fire seriously harmed the Prague astronomical clock in May 1945.
stronsay | A Cage That Turns | watch history | Abraham-Louis Breguet's tourbillon | the Swiss-born watchmaker Abraham-Louis Breguet, his Paris workshop and the naval and scientific customers who bought his work | the Quai de l'Horloge in Paris | 1775 to 1801 | the trouble with a watch carried upright in a pocket; the rotating carriage patented in Paris; the handful of tourbillons actually sold | the tourbillon answered a real difficulty of pocket watches, whatever its later role as jewellery | the tourbillon was a showpiece from the beginning | Abraham-Louis Breguet set up his workshop on the Quai de l'Horloge in Paris in 1775. | Abraham-Louis Breguet patented the tourbillon in 1801.
stronsay | Wound by the Wrist | watch history | John Harwood's self-winding wristwatch | the Bolton watch repairer John Harwood, his business partner Harry Cutts and the Swiss makers who built the movements | a workshop in Bolton and the watch factories of Grenchen | 1923 to 1931 | the swinging weight inside the case; the Swiss patent and production; the company lost in the slump | Harwood's watch failed through lack of money, while the idea itself was sound | Harwood merely borrowed an older idea from pocket watches | John Harwood patented a self-winding wristwatch in 1923. | The company making Harwood's watches collapsed in 1931.
stronsay | The Watch That Swam | watch history | the Oyster watch and Mercedes Gleitze's swim | the watch dealer Hans Wilsdorf, the typist and swimmer Mercedes Gleitze and newspaper readers who saw an advertisement | the English Channel and the Geneva firm of Hans Wilsdorf | 1926 to 1927 | the sealed case registered in 1926; the swim of October 1927; the front-page advertisement that followed | advertising made the Oyster famous, more so than Gleitze's swim | the swim proved the watch beyond any argument | Hans Wilsdorf's firm registered the Oyster case in 1926. | Mercedes Gleitze wore an Oyster watch during a Channel swim in October 1927.
stronsay | Pendulums in a Vacuum | clock history | the Shortt free pendulum clock | the railway engineer William Hamilton Shortt, the Synchronome company and observatories buying its clocks | the laboratories and observatories of the interwar years | 1921 to 1950 | the master pendulum swinging in a sealed tank; the slave clock that did the work; the tiny wobbles it revealed in the earth's turning | the Shortt clock marked the pendulum's final great triumph before quartz | the Shortt clock was a small refinement of older regulators | William Hamilton Shortt designed his free pendulum clock in 1921. | The Synchronome company of London built and sold the Shortt clocks.
stronsay | The Crystal That Kept Time | clock history | Warren Marrison's quartz clock | the engineers Warren Marrison and Joseph Horton, the Bell telephone laboratories and the standards offices that followed | the laboratories of the Bell telephone company in New York | 1927 to 1939 | the vibrating crystal used to check radio frequencies; the first clock built around it; the quartz standards taken up by observatories | the quartz clock was a by-product of telephone engineering rather than of clockmaking | quartz timekeeping came out of the clock trade | Warren Marrison and Joseph Horton built the first quartz clock in 1927. | Warren Marrison worked at the Bell Telephone Laboratories in New York.
stronsay | A Second Made of Atoms | time standards | Louis Essen's caesium clock | the physicist Louis Essen, his colleague Jack Parry and the committees that redefined the second | the National Physical Laboratory at Teddington | 1955 to 1967 | the caesium beam switched on at Teddington; the comparisons with astronomical time; the new definition of the second | the atomic second came from patient comparison, not some single bright idea | the atomic clock changed nothing for ordinary timekeeping | Louis Essen and Jack Parry built a caesium clock at Teddington in 1955. | The second was redefined in terms of the caesium atom in 1967.
stronsay | A Watch That Hummed | watch history | the Bulova Accutron | the Swiss engineer Max Hetzel, Bulova's New York company and customers who heard their watches hum | the Bulova works in New York and Switzerland | 1953 to 1960 | the tuning fork kept going by a transistor; the hum that buyers heard; the short reign before quartz | the Accutron, though technically doomed, still changed what buyers expected from watches | the Accutron was merely a clever novelty | Max Hetzel began work on a tuning-fork watch in 1953. | Bulova began selling the Accutron in 1960.
stronsay | Christmas in Tokyo | watch history | the Seiko Astron quartz watch | the engineers of Seiko, the Tokyo shops that sold the first watches and the Swiss firms caught off guard | the Seiko works at Suwa and the shops of Tokyo | 1967 to 1969 | the race with Swiss laboratories to build a quartz wristwatch; the price of the first Astron; the flood of cheap quartz watches that followed | the Astron opened the quartz age but did not by itself cause the Swiss crisis | Seiko's watch alone ruined the Swiss trade | Swiss laboratories showed quartz wristwatch prototypes at Neuchatel in 1967. | Seiko began selling the Astron in Tokyo on Christmas Day 1969.
stronsay | A Bird in a Wooden House | clock history | the Black Forest cuckoo clock | the farm clockmakers of the Black Forest, the architect Friedrich Eisenlohr and the pedlars who carried clocks abroad | the valleys around Furtwangen and Triberg | 1730 to 1850 | the legend of Franz Ketterer; the pedlars' trade; the railway-house design of the clock school | the cuckoo clock's familiar shape came from a design competition rather than from folk tradition | the cuckoo clock is an ancient folk object | A legend credits Franz Ketterer of Schonwald with the cuckoo clock in about 1730. | The Furtwangen clockmaking school was founded in 1850.
stronsay | The Dollar Watch | watch history | the Ingersoll dollar watch | the brothers Robert and Charles Ingersoll, the Waterbury clock factory and millions buying their first watch for a dollar | American mail-order trade | 1892 to 1896 | the cheap watch sold by mail; its one-dollar price tag; the slogan about the dollar | the dollar watch mattered more to ordinary people than any fine chronometer | cheap watches were a mere craze | The Ingersoll brothers began selling cheap watches through mail catalogues in 1892. | The Ingersoll watch went on sale at one dollar in 1896.
stronsay | Factory Watches from Waltham | watch history | the Waltham watch factory | the watchmaker Aaron Dennison, the factory hands at Waltham and the Swiss visitors who studied the machines | the Charles river bank at Waltham in Massachusetts | 1850 to 1876 | interchangeable parts made by machine; the railway demand for dependable watches; the Philadelphia exhibition that alarmed the Swiss | Waltham showed that a watch could be made like a rifle, and the Swiss learned the lesson quickly | machine-made watches were always inferior | Aaron Dennison began making watches by machine near Boston in 1850. | Swiss visitors to the Philadelphia exhibition of 1876 reported anxiously on the American factories.
stronsay | The Woman Who Sold Time | time standards | Ruth Belville's time service | the Belville family, the observatory setting their watch weekly and City clients paying for the hour | the observatory in the royal park and London's City streets | 1836 to 1940 | the watch checked at the observatory every Monday; clients paying to see correct time; the telephone service that ended the trade | the Belvilles sold trust as much as time | their service was an odd survival with no real use | John Henry Belville began selling the time to clients in 1836. | Ruth Belville gave up the family time service in 1940.
stronsay | The Chronometer Makers' Quarrel | watch history | the rivalry of John Arnold and Thomas Earnshaw | the chronometer makers John Arnold and Thomas Earnshaw, their patrons at the Admiralty and the ships' masters who bought their timekeepers | London workshops and naval quarterdecks | 1780 to 1805 | the spring detent escapement claimed by both; patents and pamphlets; the awards paid at last to both camps | the quarrel pushed the marine chronometer into a form simple enough to make by the dozen | the quarrel was vanity and slowed progress | John Arnold died in 1799. | Thomas Earnshaw and the son of John Arnold were both given awards for their chronometers in 1805.
copinsay | A Racing Driver's Railway | miniature railway history | building the Romney, Hythe and Dymchurch line | the racing drivers Jack Howey and Louis Zborowski, the engineer Henry Greenly and the Kent villages along the line | the coast of Romney Marsh in Kent | 1924 to 1927 | the locomotives ordered before any route was chosen; the death of Zborowski at Monza; the opening of a fifteen-inch main line | the line began as a millionaire's plaything and survived by becoming a public railway | the line remained a toy throughout | Count Louis Zborowski was killed racing at Monza in 1924. | The Romney, Hythe and Dymchurch Railway opened in 1927.
copinsay | Volunteers on a Slate Line | railway preservation | rescuing the Talyllyn Railway | the writer Tom Rolt, the volunteers of the preservation society and the widow of the last owner | the narrow valley from Tywyn to Abergynolwyn in Wales | 1950 to 1951 | the worn track and two elderly engines; the meeting in a Birmingham hotel; the first summer run by volunteers | the Talyllyn rescue worked because its volunteers treated a railway as a service for travellers rather than a hobby | preservation was only nostalgia | A meeting in Birmingham in 1950 set up the Talyllyn Railway Preservation Society. | Volunteers ran their first trains on the Talyllyn Railway in 1951.
copinsay | Back to Blaenau | railway preservation | reviving the Ffestiniog Railway | the businessman Alan Pegler, volunteers who cleared the line and a power company whose reservoir drowned part of it | the mountains between Porthmadog and Blaenau Ffestiniog | 1954 to 1982 | the control bought for a small sum; the reservoir that forced a deviation; the return to Blaenau after many years | the Ffestiniog revival was a long campaign of engineering and patience, not one rescue | the line would have reopened whoever took charge | Alan Pegler gained control of the Ffestiniog Railway company in 1954. | Trains of the Ffestiniog Railway returned to Blaenau Ffestiniog in 1982.
copinsay | A Branch Line Saved | railway preservation | the reopening of the Bluebell line | the students who formed the society, railway authorities who leased them the track and passengers at Sheffield Park | the Sussex countryside around Sheffield Park | 1958 to 1960 | the closure that prompted the society; the lease of the line; the first trains of 1960 | the Bluebell line showed that a standard-gauge branch could be run by enthusiasts | the Bluebell line succeeded only because of its pretty name | The branch line through Sheffield Park closed in 1958. | The Bluebell Railway ran its first public trains in 1960.
copinsay | Fifteen Inches at Duffield Bank | miniature railway history | Sir Arthur Heywood's minimum gauge railway | the engineer Sir Arthur Heywood, his estate workers and a Duke of Westminster who ordered a line for Eaton Hall | the Heywood estate at Duffield Bank in Derbyshire | 1874 to 1896 | the test track laid around his garden; the claim that fifteen inches was the smallest useful gauge; the line built for Eaton Hall | Heywood's railway was a working experiment rather than a wealthy hobbyist's toy | Heywood's ideas had no influence outside his own grounds | Sir Arthur Heywood began building his railway at Duffield Bank in 1874. | The Eaton Hall Railway for the Duke of Westminster opened in 1896.
copinsay | A Magazine for Workshop Men | model engineering history | how Percival Marshall founded the Model Engineer | the editor Percival Marshall, his readers in sheds and attics and the society formed among them | the magazine's London office and its readers' workshops | 1898 to 1939 | the early issues and their letters pages; the society of model engineers founded the same year; the exhibitions that grew from it | the magazine created a hobby by joining up isolated workshops | the hobby would have grown identically without any magazine | Percival Marshall founded the Model Engineer magazine in 1898. | The Society of Model and Experimental Engineers was founded in 1898.
copinsay | Words and Music | model engineering history | the writing of LBSC | the locomotive builder Curly Lawrence, Model Engineer editors and beginners who followed his serials | sheds and back gardens across Britain | 1923 to 1967 | the serials that told readers how to build an engine step by step; the pen name and its mysteries; the quarrels with more formal writers | LBSC's chatty serials brought more beginners into the hobby than any textbook | LBSC's designs were crude and his influence harmful | Curly Lawrence wrote for the Model Engineer signing himself LBSC. | Curly Lawrence died in 1967.
copinsay | Little Giants for the Seaside | miniature railway history | Henry Greenly's engines for Bassett-Lowke | the designer Henry Greenly, the Northampton firm of Bassett-Lowke and the seaside parks that bought their engines | the works at Northampton and the resort railways of Edwardian England | 1904 to 1914 | the small Atlantic engine called Little Giant; the park railways at seaside resorts; the scale drawings published for amateurs | Greenly made the miniature railway a business by treating small engines as real ones | miniature engines were only toys for the wealthy | Bassett-Lowke built the miniature locomotive Little Giant in 1905. | Henry Greenly later designed locomotives for the Romney, Hythe and Dymchurch Railway.
copinsay | Numbered Gauges | model railway history | the Marklin gauges of 1891 | the toy makers of the Marklin firm, the buyers at the Leipzig fair and the families who wanted track to fit | the spring trade fair at Leipzig | 1891 to 1914 | the numbered gauges shown at the fair; the clockwork trains that ran on them; the rivals who adopted the same sizes | Marklin's gauges made model railways a system instead of a heap of toys | standard gauges would have arrived without Marklin | The Marklin firm showed a clockwork train running on a system of track at the Leipzig fair in 1891. | The Marklin firm was based at Goppingen in Wurttemberg.
copinsay | A Hundred Miles an Hour | railway history | the Flying Scotsman's hundred-mile run | the footplate crew, LNER engineers and the businessman Alan Pegler who bought the engine | the main line from King's Cross to Edinburgh | 1934 to 1963 | the speed test of November 1934; the engine's withdrawal from service; the purchase that kept it running | the engine's fame comes more from its later life than from the record | that famous run was an ordinary test inflated by newspapers | The Flying Scotsman reached a hundred miles an hour in November 1934. | Alan Pegler bought the Flying Scotsman in 1963.
copinsay | Engine at Dudley Castle | steam history | Thomas Newcomen's engine near Dudley Castle | the ironmonger Thomas Newcomen, his partner John Calley and colliery owners paying for the engine | the coal pits near Dudley Castle in Staffordshire | 1712 to 1733 | the beam and cylinder worked by the weight of the air; the patent held by another man; the engines that spread to mines | Newcomen's engine spread because it worked reliably, however wasteful of coal | the Newcomen engine was a failure until later improvers rescued it | Thomas Newcomen's engine began pumping water near Dudley Castle in 1712. | Thomas Savery held the patent that covered Newcomen's engine.
copinsay | The Carriage That Frightened the Vicar | steam history | William Murdoch's model steam carriage | the Scottish engineer William Murdoch, his employers Boulton and Watt and Redruth's townsfolk | the lanes of Redruth in Cornwall | 1784 to 1786 | the small carriage run at night; a tale about a frightened vicar; the employers who discouraged the work | Murdoch's carriage was stopped by his employers' caution, not by faulty engineering | the carriage was never a serious design | William Murdoch built a model steam carriage at Redruth in 1784. | William Murdoch worked for Boulton and Watt in Cornwall.
copinsay | A Railroad in the Back Garden | miniature railway history | Walt Disney's Carolwood Pacific Railroad | the film maker Walt Disney, studio craftsmen who built his engine and neighbours in Holmby Hills | the garden of the Disney house in Holmby Hills in Los Angeles | 1949 to 1955 | the engine called Lilly Belle; the tunnel dug under the flower bed; the railway around the theme park that followed | the garden railway served as rehearsal for Disneyland | the garden railway was simply a hobby with no consequences | The Carolwood Pacific Railroad began running in Walt Disney's garden in 1950. | Disneyland opened in 1955.
copinsay | Three Engines and a Clergyman | railway writing | the Reverend Wilbert Awdry's railway stories | the clergyman Wilbert Awdry, his son Christopher and the engine drivers who gave him stories | a Midlands vicarage and Welsh narrow-gauge lines | 1945 to 1972 | the first little book of three engines; the care taken over real railway practice; the Welsh visits that fed later stories | Awdry's stories passed an enthusiast's love of correct railway practice on to children | the stories were simply children's tales with no link to real railways | Wilbert Awdry's first railway book appeared in 1945. | Wilbert Awdry wrote his last railway book in 1972.
copinsay | Opening Day on Snowdon | mountain railway history | the Snowdon Mountain Railway's opening | rack railway engineers, Swiss-built locomotives and opening-day passengers | the slopes of Snowdon above Llanberis | 1894 to 1897 | the rack system borrowed from Switzerland; an opening-day accident; the reopening a year later | the Snowdon line's first disaster came from hurried building, not from a flawed idea | mountain railways were unsafe by nature | Work on the Snowdon Mountain Railway began in 1894. | An engine left the rack when the Snowdon Mountain Railway opened in April 1896.
copinsay | The Last Steam of British Rail | railway history | the Vale of Rheidol line | the lead miners and tourists of the valley, the railway companies that owned it and the buyers who took it over | the Rheidol valley between Aberystwyth and Devil's Bridge | 1902 to 1989 | the line built for lead and timber; the summer tourists who kept it alive; the sale that ended the state's steam trains | the line survived by turning from freight to tourists early | the line survived only by accident | The Vale of Rheidol Railway opened in 1902. | British Rail sold the Vale of Rheidol Railway in 1989.
copinsay | A Line Rebuilt Twice | railway preservation | rebuilding the Welsh Highland Railway | the company that opened the line, the tourists who never came in numbers and the volunteers who rebuilt it | the country between Caernarfon and Porthmadog | 1923 to 2011 | the first opening and quick decline; decades of closure; the rebuilding through the Aberglaslyn pass | the Welsh Highland failed first through lacking a market and succeeded later by finding one | rebuilding was a costly folly | The Welsh Highland Railway opened in 1923. | Trains ran again through the whole length of the Welsh Highland Railway in 2011.
copinsay | Ten and a Quarter Inches to the Shrine | miniature railway history | the Wells and Walsingham light railway | the retired naval officer who built it, the pilgrims to Walsingham and the holidaymakers of north Norfolk | the old trackbed between Wells-next-the-Sea and Walsingham | 1964 to 1982 | the narrow gauge of ten and a quarter inches; the old standard-gauge trackbed reused; the articulated engine built for the line | a very small gauge proved enough for a real public railway | such a small line could never be more than a fairground ride | The standard-gauge line between Wells and Walsingham closed to passengers in 1964. | The Wells and Walsingham Light Railway opened in 1982.
swona | Rings on Starlings | bird ringing history | Hans Christian Mortensen's ringing of birds | the Danish teacher Hans Christian Mortensen, his pupils at Viborg and the finders who sent back the rings | the school town of Viborg in Denmark | 1899 to 1921 | the aluminium rings stamped with an address; the storks and starlings he marked; the schemes that copied his method | ringing became science because Mortensen asked finders to write back | ringing added little to what watchers already knew | Hans Christian Mortensen ringed starlings at Viborg in 1899. | Hans Christian Mortensen died in 1921.
swona | A Hut on Fair Isle | bird observatory history | how Fair Isle got its bird observatory | the ornithologist George Waterston, the islanders of Fair Isle and the visiting watchers who filled its traps | the island of Fair Isle between Orkney and Shetland | 1948 to 1954 | a plan formed while a wartime prisoner; the naval huts used as the first hostel; the traps built for migrants | the observatory grew from a single man's wartime plan and the islanders' goodwill | the observatory was simply a holiday hostel for birders | George Waterston opened the Fair Isle bird observatory in 1948. | George Waterston sold Fair Isle to the National Trust for Scotland in 1954.
swona | The Island of Shearwaters | bird observatory history | Ronald Lockley's observatory on Skokholm | the naturalist Ronald Lockley, his wife Doris and visiting scientists studying shearwaters | the island of Skokholm off Pembrokeshire | 1927 to 1940 | the farmhouse lease taken on the island; the first bird observatory in Britain; the homing tests on shearwaters | Skokholm mattered because Lockley studied the same birds year after year | Skokholm was a romantic retreat rather than a research station | Ronald Lockley took the lease of Skokholm in 1927. | Ronald Lockley set up a bird observatory on Skokholm in 1933.
swona | Avocets Come Back | bird conservation history | the avocet's return to Suffolk | marsh wardens, an army that flooded the coast in wartime and egg collectors they feared | Havergate Island and Minsmere, Suffolk coastal marshes | 1947 to 1970 | the flooded grazing marsh left by wartime defences; the secret guarding of the first nests; the bird chosen as an emblem | the avocet came back thanks to war damage no less than protection | the avocet's return was the planned result of conservation work | Avocets nested on Havergate Island and at Minsmere in 1947. | The avocet became the emblem of Britain's largest bird charity in 1970.
swona | Rare Birds at Hastings | ornithology history | the Hastings rarities | the taxidermist George Bristow, collectors buying his birds and statisticians who later exposed the records | St Leonards near Hastings | 1903 to 1962 | the rare birds brought in for stuffing; the records admitted to the county lists; the analysis that struck them out | the Hastings records fell to statistics, never to one proof of fraud | the Hastings birds were genuine and the critics unfair | Rare birds reportedly shot near Hastings were recorded between 1903 and 1919. | The journal British Birds published the analysis that rejected the Hastings records in 1962.
swona | A Guide in Your Pocket | field guide history | Roger Tory Peterson's field guide | the painter Roger Tory Peterson, publishers who doubted it and birders who carried it | the publishing houses of Boston and the birding grounds of the eastern states | 1934 to 1954 | the arrows pointing to field marks; the first printing that sold out in weeks; the European guide that followed | Peterson's guide turned bird watching into a sport anyone could learn | field guides made watchers lazy | Roger Tory Peterson published his first field guide in 1934. | A field guide to the birds of Britain and Europe by Peterson and two colleagues appeared in 1954.
swona | Thin Shells | bird conservation history | Derek Ratcliffe's study of eggshells | the scientist Derek Ratcliffe, egg collectors whose cabinets he measured and farmers using the chemicals | museum egg collections and upland crags in England and Scotland | 1961 to 1967 | falcons vanishing from upland crags; the old eggs weighed and measured; the link with farm chemicals | the eggshell work succeeded because it used the collectors' hoards as evidence | many causes lay behind the decline and chemicals played a small part | Falcon breeding places were surveyed nationally in 1961. | Derek Ratcliffe published his findings on thinner eggshells in 1967.
swona | Birds at Fallodon | nature writing | Edward Grey's The Charm of Birds | the statesman Edward Grey, birds in his Northumberland garden and readers who made the book a best seller | the estate of Fallodon in Northumberland and the Itchen valley in Hampshire | 1914 to 1927 | the failing eyesight that made him listen rather than look; the songs he described; the book's long sales | Grey's book taught listening because its author could no longer see well | the book is merely a statesman's pastime | Edward Grey was Foreign Secretary in 1914. | Edward Grey published The Charm of Birds in 1927.
swona | Swifts in the Tower | ornithology history | David Lack's swifts in the Oxford museum tower | the ornithologist David Lack, his wife Elizabeth and the swifts nesting in the museum tower | the tower of the University Museum in Oxford | 1948 to 1956 | the nest boxes fitted with glass; the count of eggs and young each summer; the book on swifts that followed | the tower study showed how long patience can answer a large question | one colony could never teach anything general | David Lack began studying the swifts in the Oxford museum tower in 1948. | David Lack published his book on swifts in 1956.
swona | The Woodcuts of Bewick | bird books history | Thomas Bewick's History of British Birds | the engraver Thomas Bewick, his Newcastle apprentices and readers who learned birds from his woodcuts | the workshop at Newcastle upon Tyne | 1797 to 1804 | the end-grain engraving that gave fine detail; the land birds of the first volume; the small tailpieces at the chapter ends | Bewick taught a generation to look at birds through the quality of his cuts | Bewick's books were only pretty pictures | Volume one of Thomas Bewick's History of British Birds appeared in 1797. | The second volume of Bewick's British Birds, on water birds, appeared in 1804.
swona | A Nightingale on the Wireless | wildlife broadcasting | Beatrice Harrison's nightingale broadcast | the cellist Beatrice Harrison, BBC engineers and listeners who wrote in their thousands | the garden of a house at Oxted in Surrey | 1924 to 1942 | the cello that seemed to draw the bird to sing; the outside broadcast of May 1924; the later recording that caught bombers overhead | the broadcast created a ritual that listeners kept for years | the broadcast was a stunt with a hidden whistler | Beatrice Harrison's cello and a nightingale were broadcast from her garden in May 1924. | A nightingale was recorded in Surrey in 1942 with bombers passing overhead.
swona | Two Brothers and a Camera | bird photography | the Kearton brothers' bird photographs | the brothers Richard and Cherry Kearton, moorland birds they stalked and readers buying their books | the moors and cliffs of Yorkshire and the Hebrides | 1892 to 1900 | the hide made from a stuffed ox; the book on nests with photographs; the lectures with lantern slides | the Keartons made the photograph, not the gun, the way to collect a bird | the brothers' hides were tricks that faked nature | The Kearton brothers brought out a book about British birds' nests illustrated with photographs in 1895. | Richard Kearton lectured to large audiences with lantern slides of birds.
swona | Climmers at Bempton | seabird history | the egg climmers of Bempton | the farm men who climbed the chalk cliffs on ropes, the visitors who shot seabirds from boats and the law that ended the trade | the chalk cliffs of Bempton and Flamborough in Yorkshire | 1869 to 1954 | the climbing gangs and their ropes; the seabird law passed after the shooting parties; the ban that ended egg taking | the climmers' trade ended because attitudes changed before the law did | egg taking was harmless and its ban unnecessary | A law to protect seabirds was passed in 1869 after shooting parties at the Yorkshire cliffs. | Egg collecting at Bempton was outlawed by bird protection legislation in 1954.
swona | A Bird Lover Who Lost an Eye | bird photography | Eric Hosking's photographs | the photographer Eric Hosking, the tawny owl that struck him and the editors who printed his pictures | the woods and marshes of Wales and East Anglia | 1937 to 1970 | the owl's attack at a nest in Wales; the flash photographs of birds in flight; the books that made his name | Hosking's career shows patience mattering more than equipment | Hosking's fame came only from his injury | Eric Hosking lost an eye to a tawny owl in 1937. | Eric Hosking published his autobiography An Eye for a Bird in 1970.
swona | A Journal for Watchers | ornithology history | how Harry Witherby started British Birds | the publisher Harry Witherby, his fellow editors and the field watchers who sent in notes | the London offices of the Witherby firm | 1907 to 1938 | the monthly magazine of notes and records; the ringing scheme it ran; the handbook that grew from it | British Birds gave amateur watchers a place in serious ornithology | amateur notes were unreliable and the journal lowered standards | Harry Witherby founded the journal British Birds in 1907. | The Handbook of British Birds edited by Harry Witherby started appearing in 1938.
swona | The Ornithological Dictionary | ornithology history | George Montagu's Ornithological Dictionary | the soldier and naturalist George Montagu, his companion Eliza Dorville and the birds he kept and dissected | south Devon's coast near Kingsbridge | 1802 to 1815 | the dictionary of British birds; a harrier still named after him; the careful separation of similar species | Montagu was a field scientist long before the term existed | Montagu was a dabbler whose work was soon superseded | George Montagu published his Ornithological Dictionary in 1802. | George Montagu died in 1815.
swona | A Young Man Drawing Parrots | bird books history | Edward Lear's book of parrots | the young artist Edward Lear, the parrots of the Zoological Society and the subscribers who bought his plates | Zoological Society gardens by Regent's Park | 1830 to 1832 | the parrots drawn from living birds; the lithographs made by the artist himself; the work at Knowsley that followed | Lear's parrots set a new standard by drawing from life | Lear was only a nonsense poet who dabbled in birds | Edward Lear began drawing the parrots of the Zoological Society in 1830. | Edward Lear's book of parrots was completed in 1832.
swona | Songs on a Cylinder | wildlife sound recording | Ludwig Koch's recordings of birdsong | the recordist Ludwig Koch, gramophone company engineers and wireless listeners who heard his birds | the German city of Frankfurt and the English countryside | 1889 to 1936 | the phonograph given to a boy; the sound books of birdsong; the flight to Britain | Koch made birdsong collectable and shareable | Koch's recordings were curiosities lacking scientific worth | Ludwig Koch recorded a bird on a phonograph cylinder in 1889. | Ludwig Koch came to Britain in 1936.
auskerry | Nine Days to Norwich | morris history | Will Kemp's morris dance from London to Norwich | the comic actor Will Kemp, his taborer Thomas Slye and crowds lining the Norwich road | the Norwich road out of London | 1599 to 1600 | the wager that began it; crowds and snow on the way; the pamphlet he printed afterwards | Kemp's dance was self-promotion that left the best early record of morris | Kemp's jig tells us nothing about ordinary dancing | Will Kemp left Shakespeare's acting company in about 1599. | Will Kemp danced a morris from London to Norwich in 1600.
auskerry | The Dancing Master | dance history | John Playford's English Dancing Master | the London bookseller John Playford, the dancing masters who taught from it and the country gentry who bought it | a London bookshop by the Temple church | 1651 to 1728 | the first edition's country dances; the later editions that grew larger; the tunes printed above each dance | Playford's book fixed dances otherwise doomed to vanish | Playford recorded fashionable dances, not country ones | John Playford published The English Dancing Master in 1651. | The last edition of Playford's dance book appeared in about 1728.
auskerry | The Esperance Girls | morris revival | Mary Neal and the Esperance Club | the social worker Mary Neal, the young seamstresses of her club and the country dancers who taught them | the Esperance Club in St Pancras in London | 1905 to 1914 | early dances learned from village men; the performances in London halls; a quarrel with collectors over correct style | the Esperance girls revived morris as living fun, not as museum pieces | the Esperance style was careless and damaged the tradition | Mary Neal's Esperance Club began learning morris dances in 1905. | Mary Neal published The Esperance Morris Book in 1910.
auskerry | Horns in the Church | folk custom | the Abbots Bromley horn dance | village dancers, vicars who kept the horns and scientists who dated them | the village of Abbots Bromley in Staffordshire | 1226 to 1976 | the reindeer horns kept in the church; the day's long walk around farms; the carbon dating of a horn | the horn dance lasts because the village treats it as its own, not as a show | the dance is a pagan survival from prehistory | A fair at Abbots Bromley was granted by charter in 1226. | A horn from the Abbots Bromley dance was carbon dated in 1976 to around the eleventh century.
auskerry | A Vicar Who Danced | morris revival | Conrad Noel and the Thaxted morris | the vicar Conrad Noel, his wife Miriam and the village dancers who formed the side | the Essex market town of Thaxted | 1910 to 1934 | the vicar's arrival and his red flag in the church; the side formed by his wife; the meeting that founded the Morris Ring | Thaxted gave the revival a home where dancing belonged to the parish rather than to collectors | the Thaxted revival was a political stunt | Conrad Noel became vicar of Thaxted in 1910. | The Morris Ring was founded at a meeting of six clubs in 1934.
auskerry | The Coconut Dancers | folk custom | the Britannia Coconut Dancers of Bacup | Bacup mill workers, the band leading them and Easter Saturday crowds | the streets of Bacup in the Rossendale valley | 1857 to 2020 | the wooden nuts worn on hands and knees; the blackened faces and the arguments over them; the walk from boundary to boundary | the Bacup dance survives by adapting while insisting that it never changes | the dance has not changed since it began | The Britannia Coconut Dancers trace their troupe to 1857. | The Britannia Coconut Dancers dance through Bacup on Easter Saturday.
auskerry | Flora Day | folk custom | the Helston Furry Dance | the dancers of Helston, the town band and the children in white | the streets of Helston in Cornwall | 1790 to 1930 | the morning dance at seven; the Hal-an-Tow pageant; the midday dance of couples in formal dress | the Furry Dance belongs to the town first and to visitors second | the Furry Dance is a Victorian invention | A description of the Helston Furry Dance was printed in 1790. | The Helston Furry Dance is held on the eighth of May.
auskerry | Two Societies Become One | folk revival | the merger that made the English Folk Dance and Song Society | the dancers of the English Folk Dance Society, the singers of the Folk-Song Society and the committees that joined them | a new London headquarters on Regent's Park Road | 1898 to 1932 | the song society of 1898; the dance society of 1911; the merger of 1932 | the merger joined song and dance because neither society could pay its way alone | the merger joined equals and cost neither side anything | The English Folk Dance Society began in 1911. | The English Folk Dance Society and the Folk-Song Society merged in 1932.
auskerry | Reels in Glasgow | dance history | how a society for Scottish country dancing began | the teachers Jean Milligan and Ysobel Stewart, early branch members and dancers who learned from published books | Glasgow | 1923 to 1951 | the meeting that founded the society; the books of dances published for members; the royal title granted later | the society saved Scottish country dancing by standardising it, at some cost to local variety | the society merely wrote down what everyone already danced | Jean Milligan and Ysobel Stewart founded a society for Scottish country dancing in Glasgow in 1923. | The society for Scottish country dancing gained its royal title in 1951.
auskerry | A Ceili in London | dance history | the Gaelic League's first ceili in London | London members of the Gaelic League, musicians they engaged and Irish dancers who took part | a hall in Bloomsbury in London | 1893 to 1897 | the league founded in Dublin; the London branch and its social evenings; the dances chosen for the night | the London ceili invented a tradition that Ireland then adopted | ceili dancing was ancient and merely revived in London | The Gaelic League began in Dublin in 1893. | The Gaelic League held a ceili in London in October 1897.
auskerry | Women in the Ring | morris history | how the Women's Morris Federation began | the women's sides who were refused by the men's clubs, the first officers of the federation and the dancers of mixed sides | towns across England | 1975 to 1983 | the men-only rule of the older body; the federation set up by women's sides; a change of name admitting everyone | women's morris grew because the federation gave sides a voice, not because the men relented | women's morris would have flourished without any federation | The Women's Morris Federation began in 1975. | The Women's Morris Federation renamed itself the Morris Federation in 1983.
auskerry | Square Dances in Colorado | dance history | Lloyd Shaw's revival of the square dance | the school superintendent Lloyd Shaw, his student dancers and the callers who learned from his book | the Cheyenne Mountain school in Colorado | 1935 to 1939 | the old cowboy dances collected from callers; the student team that toured; the book that spread the calls | Shaw's revival worked because he taught callers, not just dancers | square dancing never needed reviving | Lloyd Shaw's student dancers from Cheyenne Mountain began touring in the 1930s. | Lloyd Shaw published his book Cowboy Dances in 1939.
auskerry | The Straw Bear Returns | folk custom | reviving the Whittlesea Straw Bear | the villagers who remembered the bear, the society that revived it and the visiting sides who dance each January | the Fenland town of Whittlesea in Cambridgeshire | 1909 to 1980 | the bear led from house to house on Plough Monday; the ban and the long silence; the festival revived in 1980 | the Straw Bear came back as a festival rather than as the begging custom it had been | today's festival faithfully copies the old custom | The last Straw Bear of the old custom was seen in Whittlesea in about 1909. | The Whittlesea Straw Bear festival was revived in 1980.
auskerry | The Sweeps' Holiday | folk custom | reviving the Rochester Sweeps Festival | the chimney sweeps of Victorian Rochester, the Jack-in-the-Green they paraded and the morris sides who revived the day | the streets of Rochester in Kent | 1900 to 1981 | the sweeps' May Day collecting; the leafy giant they paraded; the festival revived in 1981 | the Rochester revival made a new custom out of an old one | the modern festival continues the Victorian custom unchanged | Chimney sweeps in Rochester kept a May Day holiday of dancing and collecting into the twentieth century. | The Rochester Sweeps Festival was revived in 1981.
auskerry | A Festival by the Sea | folk revival | the first Sidmouth folk festival | the dancers who organised the first week, the townspeople of Sidmouth and the visiting teams from abroad | the seafront and halls of Sidmouth in Devon | 1955 to 1965 | the first week of dancing in 1955; the displays on the seafront; the international teams who came later | Sidmouth turned folk dancing from a club activity into a summer holiday | Sidmouth was simply a trade fair for dance teams | The first folk festival at Sidmouth was held in 1955. | Dance teams from overseas were appearing at Sidmouth by 1965.
auskerry | Oak Leaves and a Garland | folk custom | Castleton Garland Day | the garland king on horseback, his lady riding beside him and villagers who build the flower garland | the Peak District village of Castleton in Derbyshire | 1660 to 2020 | the king hidden under a bell of flowers; the procession and its dance tune; the garland hoisted to the church tower | Garland Day survives because each generation of villagers has rebuilt it to suit itself | Garland Day is an unbroken relic of tree worship | Oak Apple Day marked the return of Charles II in 1660. | Castleton Garland Day is held on the twenty-ninth of May.
auskerry | A Motor Magnate's Ballroom | dance history | Henry Ford's campaign for old-fashioned dancing | the car maker Henry Ford, the dancing master Benjamin Lovett and the workers and schoolchildren who were taught the dances | the Ford estate at Dearborn in Michigan | 1923 to 1926 | the dancing master brought to Dearborn; the manual of dances and calls; the radio broadcasts of old-time music | Ford's campaign was a millionaire's nostalgia that still kept many dances alive | the campaign was driven purely by business interest | Henry Ford brought the dancing master Benjamin Lovett to Dearborn in 1923. | Henry Ford's dance manual Good Morning was published in 1926.
auskerry | Paper Boys on Boxing Day | folk custom | the Marshfield mummers | the men of Marshfield who remembered the play, the vicar's household that helped revive it and Boxing Day crowds | the Cotswold village of Marshfield near Bath | 1880 to 1932 | the costumes of torn paper strips; the play remembered by old villagers; the revival of 1932 | the Marshfield revival worked because it trusted the memories of the village's own old men | the revived play is a modern invention | The Marshfield mummers' play was revived in 1932. | The Marshfield mummers perform their play on Boxing Day.
"""

SCHOLARS = ["Stopford", "Blackledge", "Fewster", "Tarbuck", "Stringfellow", "Boddington", "Rowbottom", "Ollerenshaw",
            "Cowburn", "Thornley", "Horrocks", "Ridehalgh", "Bickerstaffe", "Gornell", "Swarbrick", "Balshaw",
            "Culshaw", "Sephton", "Woosnam", "Dearden", "Fairhurst", "Shorrock", "Kippax", "Speakman"]

OPENING = [
    "Ask three members about {x} and you collect four confident versions.",
    "{X} was the first subject I ever chased through our society's library cupboard.",
    "My grandfather lectured on {x} over Sunday lunch, mostly wrongly.",
    "{X} rarely enters conversation without a moral stapled on.",
    "A yellowed cutting about {x} still lives in my desk drawer.",
    "Popular books allow {x} a single tidy page, which explains my several untidy ones.",
    "Retellings of {x} by now outnumber its witnesses many times over.",
    "Nothing warms a winter meeting faster than {x}.",
    "{X} seems finished business until somebody unties the bundles.",
    "Our editor wanted a piece on {x}; I said yes too quickly.",
    "Everyone nods at {x}, and almost nobody has read beyond the summary.",
    "{X} reached me through a jumble-sale paperback missing its cover.",
]
FRAME = [
    "Mostly we stay in {setting}.",
    "Our cast: {people}.",
    "Dates run through {period}, with brief excursions.",
    "Gaps get admitted, not plastered over.",
    "Putting dates in order settles more squabbles than cleverness ever does.",
    "Some threads stay dangling, deliberately.",
]
ROADMAP = [
    "{S1} comes first, {s2} second, and objections wait near the finish.",
    "Each section prods a separate beam propping up received opinion.",
    "Chronology governs, bar one short detour.",
    "{S1} earns extra space: its paperwork is fatter.",
    "Critics speak before anything gets decided.",
]
QUESTION_LEAD = [
    "Under all this detail sits one plain puzzle: {question}",
    "One puzzle keeps nagging: {question}",
    "Boil it down and my curiosity says: {question}",
    "Everything below lines up behind one puzzle: {question}",
]
QUESTIONS = ["what did {x} truly alter?",
             "how much freedom did {people} enjoy?",
             "why has the slimmed version of {x} proved so durable?",
             "might {setting} be remembered otherwise had luck turned?"]
CLAIM_THESIS = [
    "My argument, then: {thesis}.",
    "I mean to establish that {thesis}.",
    "Weighed fairly, surviving material indicates that {thesis}.",
    "Bluntly, {thesis}.",
    "Taken together, {s1}, {s2} and {s3} point somewhere definite: {thesis}.",
    "Patient readers will, I suspect, decide that {thesis}.",
    "Before signing off I expect you will accept that {thesis}.",
    "Our best witnesses converge on one verdict: {thesis}.",
]
LEDE = [  # opener for background paragraphs; it names x, which ties it to a single essay
    "To see {x} clearly we must first step backwards.",
    "{X} did not begin where storybooks begin it.",
    "Some scenery helps before {x} makes sense.",
    "Nobody should meet {x} cold.",
    "Ground under {x} had been prepared well beforehand.",
    "A little background makes {x} far less mysterious.",
]
CONTEXT = [
    "Nothing happened overnight.",
    "Foundations were poured years earlier.",
    "{People} had less elbow room than later accounts allow.",
    "Nobody then could have called the result.",
    "Money and habit weighed equally with inspiration.",
    "Every early chronicler had a reputation needing protection.",
    "{Scholar} follows this thread a whole generation further back.",
    "Much surviving paperwork comes from {setting}.",
    "Events are plain enough; motives are murkier.",
    "Distance, weather and expense dictated nearly everything.",
    "Regulations pointed one way; workbenches another.",
    "Each participant glimpsed only a corner.",
]
SETTLE = [  # closes the background paragraph and names x
    "Out of that soil came {x}.",
    "Seen thus, {x} looks less like lightning out of nowhere.",
    "All this stood ready before anyone spoke of {x}.",
    "Circumstance, more than personality, made room for {x}.",
    "Strip that backdrop away and {x} becomes baffling.",
    "Keep that picture handy, since {x} grew straight from it.",
]
NAMING = [
    "First, a brief remark about calling it {x}.",
    "Period vocabulary differed from ours.",
    "{People} described themselves with words that now jar.",
    "Modern labels below are convenient shorthand only.",
    "Even naming it {x} tilts things slightly.",
    "Words here seldom travel without luggage.",
]
RECORD = [
    "Three sorts of paper carry most knowledge about {x}.",
    "Minute books from {setting} note deeds, seldom reasons.",
    "Letters between {people} are lively and lopsided.",
    "Newspapers covered {x} fast and often wrongly.",
    "Memoirs penned decades afterwards sparkle yet settle little.",
    "Surviving objects allow checking claims made on paper.",
]
CAST = [
    "Whose hands shaped {x}?",
    "{People} seldom wanted identical outcomes.",
    "Few ever wrote anything down.",
    "{Scholar} rightly gives bit players equal billing with stars.",
    "Orders from afar often hobbled whoever stood nearby.",
]
STRAND_IN = [
    "Begin with {s}.",
    "Our fattest folder concerns {s}.",
    "{S} usually gets skimmed, wrongly.",
    "No honest account skips {s}.",
    "Oddly, {s} seldom detains historians.",
    "Next comes {s}.",
    "Plenty hangs upon {s}.",
    "{S} repays patience.",
    "Alongside ran {s}.",
    "Paperwork runs longest for {s}.",
]
POINT = [
    "Accounts of {s} arrive hedged about with caveats.",
    "Early reports sanded {s} smooth.",
    "Hindsight makes {s} look certain; contemporaries saw a coin spinning.",
    "{Scholar} rebuilds {s} from ledgers and pocket diaries.",
    "Loud commentators on {s} often knew least.",
    "{S} went on openly, drawing scarcely any protest.",
    "{People} never fully agreed over {s}.",
    "Every figure quoted for {s} bears its counter's thumbprint.",
    "Much of {s} unfolded where officials never looked.",
    "Several accounts of {s} doubled as settling of grudges.",
    "Local knowledge of {setting} bent {s} where outsiders noticed nothing.",
    "Humdrum paperwork from {s}, bills and postponements included, says most.",
    "Gossip about {s} outran facts.",
    "Slow news during {s} narrowed everybody's options.",
    "Surprisingly much lore about {s} stems from one memoir.",
    "Once {s} started, retreat grew costly.",
]
NUMBERS = [
    "{Scholar} ({year}) examined {num} cases and found {s} in roughly {pct} per hundred.",
    "Among {num} letters {Scholar} catalogued, nearly {pct} per hundred mention {s}.",
    "{Scholar} ({year}) assigns {s} about {pct} per cent weight among later causes.",
    "Combing {num} files in {year}, {Scholar} met {s} nearly everywhere.",
    "{Scholar} ({year}) compared {num} kindred episodes, finding {s} in most.",
    "{Scholar} admits a thin sample yet holds firm about {s}.",
    "On {Scholar}'s tally ({year}), {s} explains perhaps {pct} per cent.",
    "{Scholar} distrusts whatever sources previous studies about {s} leaned upon.",
]
CASES = [
    "{Scholar} stitches everything together using a single parish's letters.",
    "Across {setting}, {people} met {s} by improvising.",
    "Travel well beyond {setting} and this outline recurs.",
    "{S} was quite ordinary then.",
    "Such shapes recur all through {period}.",
    "{People} revisited it in retirement.",
    "Further instances of {s} are easily gathered.",
]
LINK_BACK = [
    "Small though it is, {s} already suggests that {thesis}.",
    "One instance proves nothing, yet {s} fits badly with received wisdom.",
    "Without {s}, events jam.",
    "{S} strengthens, again, the idea that {thesis}.",
    "Participants in {s} felt canyons where files record cracks.",
    "Should I misjudge {s}, another explanation becomes necessary.",
    "Subtract {s} and comfortable conclusions start tipping.",
]
PIVOT = ["Then came {s}, and everything shifted.", "Thereafter {s} held centre stage.",
         "Now everything turned upon {s}.", "{S} swept old arrangements aside."]
CITE_LEAD = [
    "{Scholar} captures {setting} in one line:",
    "Decades afterwards, someone raised in {setting} recalled:",
    "Lecturing about {x} in {year}, one speaker remarked:",
    "{Scholar} pulls no punches over {s}:",
    "{Scholar} saves sharp phrasing for {s}:",
]
CITED = [
    "Busy with {s}, nobody noticed history slipping past.",
    "{X} took months, never hours, whatever engravings suggest.",
    "Whoever reads everything on {s} ends up less dazzled.",
    "Each fresh book about {x} copies its predecessor's blunders and adds more.",
    "One tradesman's bill concerning {s} outweighs twelve speeches.",
    "Minus its celebrities, {x} becomes clerks, ledgers and waiting.",
]
CITE_AFTER = [
    "Crisp, and hard to dispute.",
    "Only one witness, though standing close.",
    "Writing that cannot have won friends, which speaks for it.",
    "Details have softened with age; judgement has not.",
]
CITE_AFTER2 = [
    "{People} wrote similarly.",
    "Nobody then felt obliged to explain {s}.",
    "Evidence from beyond {setting} has never been set against it.",
    "Its hint about {s} gives it value.",
    "General surveys of {x} overlook it.",
]
LIST_INTRO = [
    "Where {x} did least damage, familiar ingredients recur:",
    "When {people} fared well, most of these featured:",
    "{Setting} would have benefited from:",
    "Gentler outcomes in {setting} had in common:",
]
LIST_POINT = [
    "leaders who understood {s} early",
    "frank talk about {s} with {people}",
    "prompt mending whenever {s} faltered",
    "independent scrutiny of {s}",
    "rehearsing {s} beforehand",
    "budgets for {s} matching real costs",
]
LIST_EXTRA = ["money for {x} nobody remembered promising", "a person entitled to halt {x} immediately",
              "safe storage for papers about {x}", "a diary date for reviewing {x}"]
COMPARE = [
    "Beside similar affairs, {x} looks less exceptional.",
    "Elsewhere, under identical strain, people chose otherwise.",
    "Early conversation with {people} usually cooled tempers.",
    "Comparison fails at {s2}, which lacked precedent.",
    "Almost until the end, {setting} could still have ended otherwise.",
    "Wherever {x} faced open criticism, matters apparently ran smoother.",
]
COUNTERFACT = [
    "Imagine {s2} going differently.",
    "Such games are idle, yet they expose load-bearing parts.",
    "Without {s1}, {setting} becomes guesswork.",
    "{People} would then have hit unforeseen troubles.",
    "Played too long, this game dissolves actual events.",
]
LEGACY = [
    "{X} stopped, yet ripples kept spreading.",
    "A generation on, {setting} still judged choices by {x}.",
    "{People} handed their version to grandchildren.",
    "Subsequent inquiries drifted back toward {s3}.",
    "Each anniversary of {x} breeds fresh versions, all slightly askew.",
    "Tidy morals extracted from {x} mostly collapse when tested.",
]
DOUBT = [
    "Opponents reply that {rival}.",
    "The weightiest rebuttal says that {rival}.",
    "Certain specialists maintain that {rival}.",
    "Doubters may fairly object that {rival}.",
    "Some letters, kindly read, imply that {rival}.",
]
DOUBT_MORE = [
    "{People} knew such reasoning.",
    "Able champions defend it, so it needs answering.",
    "{Scholar2} ({year2}) gives it a whole chapter.",
    "It has force: whatever {x} decided, someone bore costs.",
]
ANSWER = [
    "Still, records from {setting} point elsewhere.",
    "About {s2}, though, it stays silent.",
    "It also hides its verdict on {x} inside its premises.",
    "That account leaves {x} neater than evidence permits.",
    "Were it true, every place resembling {setting} would look alike.",
    "Some among {people} surely lost out; whether that loss proved decisive is unshown.",
]
CLOSE_FIRST = [
    "Summing up, {thesis}.",
    "Laid together, our sources favour a single version of {x}.",
    "Quarrels over {x} remain lively.",
    "Where, finally, does {x} stand?",
    "Several independent lines converge: {thesis}.",
    "Strip off legend and one clear verdict on {x} survives.",
    "{X} usually shrinks into a catchphrase, and catchphrases dodge checking.",
]
CLOSE_MID = [
    "{S1}, {s2} and {s3} each carry some weight, and jointly almost everything.",
    "Certain authors maintain that {rival}; archives disagree.",
    "Modest facts concerning {s1} carry my case, never grand theory.",
    "Everyone who first disputed {x} is gone; their dispute remains.",
    "Unsorted boxes in {setting} could yet shift details.",
    "Without legends, {x} measures exactly its evidence.",
]
CLOSE_LAST = [
    "Long after reporters departed, {people} lived with results.",
    "Somebody should revisit {setting} with a notebook and unbiased eyes.",
    "Nobody compelled whoever organised {x} down their chosen road.",
    "{X} holds fewer villains than legend wants, and more committees.",
    "{X} deserves slower, more careful retelling.",
    "Careless filing has shelved {x} wrongly for decades.",
    "Ultimately {x} belongs to {people}, not to plaque names.",
]
HD_BACK = ["Background", "Before it began", "How things stood", "Foundations", "Beginnings", "Lead-up"]
HD_NAMING = ["On names", "Words and meanings", "Terminology"]
HD_RECORD = ["Sources", "What survives", "Documents"]
HD_CAST = ["People", "Who was involved", "Participants"]
HD_STRAND = ["{S}", "About {s}", "Considering {s}", "{S} examined", "Then {s}", "Closer to {s}"]
HD_COMPARE = ["Comparisons", "Elsewhere", "Parallels"]
HD_COUNTER = ["What if", "Other outcomes", "Roads not taken"]
HD_LEGACY = ["Afterwards", "What followed", "Echoes"]
HD_DOUBT = ["An objection", "Other side", "Contrary view", "Meeting doubts", "Another reading", "Caveats"]
HD_CLOSE = ["Conclusion", "In sum", "Final thoughts", "Tallying up", "To finish"]

# Ceiling for years of made-up studies, per society (below the year its pages were made).
LATEST_STUDY = {"stronsay": 2010, "copinsay": 2003, "swona": 2014, "auskerry": 2019}
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
    """Drafts an essay for `card` once; make_essay keeps asking until the length suits.

    Order of business: opener naming x, optional scenery, plan or puzzle, thesis last; backdrop led by LEDE,
    with fact one (fact two too, sometimes) and SETTLE at its end; maybe one aside (names, papers, people);
    strands (two, else three) filling a paragraph apiece or a pair, perhaps after a lone-sentence swerve,
    perhaps trailed by quotation blocks or bullets; maybe parallels, counterfactual musing or consequences;
    objection plus rebuttal; finale whose closing words mention x, its people, its setting. Headings appear when a
    coin says so; reuse of a pattern by its own essay is barred."""
    unused: dict[int, list[str]] = {}

    def take(pool: list[str]) -> str:
        rest = unused.setdefault(id(pool), rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    pair = rng.sample(SCHOLARS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], Setting=cap(card["setting"]), period=card["period"], s1=s1, s2=s2, s3=s3,
                 S1=cap(s1), thesis=card["thesis"], rival=card["rival"], Scholar=pair[0], Scholar2=pair[1])
    latest = LATEST_STUDY[card["host"]]
    ended = int(re.findall(r"\d{4}", card["period"])[-1])
    low = min(max(1950, ended + 3), latest)

    def fill(pattern: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(low, latest), year2=rng.randint(low, latest),
                     pct=rng.choice([9, 13, 18, 23, 27, 32, 36, 42, 46, 51, 57, 63, 68, 74]),
                     num=rng.choice([14, 19, 23, 31, 39, 47, 52, 66, 73, 91, 112, 146]))
        return pattern.format(**slots, **extra)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    def with_card(pool: list[str], k: int) -> list[str]:
        # pool[0] always holds card material, keeping such a paragraph specific to its essay
        picked = [pool[0]] + rng.sample(pool[1:], k)
        return [fill(q) for q in picked]

    slots["question"] = cap(fill(rng.choice(QUESTIONS)))
    headed = rng.random() < 0.5
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
    figures: list[str] = []
    leads: list[str] = []
    links: list[str] = []
    points: list[str] = []
    for i, s in enumerate(strands):
        if pivot_at == i:
            blocks.append(para(fill(take(PIVOT), s)))
            parts.append("turn")
        if headed:
            blocks.append(("heading", fill(take(HD_STRAND), s)))
        counted = fill(take(NUMBERS), s)
        figures.append(counted)
        leads.append(fill(take(STRAND_IN), s))
        links.append(fill(take(LINK_BACK), s))
        points.append(fill(take(POINT), s))
        body = [leads[-1], points[-1], counted]
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
            blocks.append(para(fill(take(CITE_LEAD), s)))
            blocks.append(("quote", fill(take(CITED), s)))
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
    objection = fill(take(DOUBT))
    answer = fill(take(ANSWER), s2)
    doubt = [objection, fill(take(DOUBT_MORE)), answer]
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
                domain=card["id"], url="-", earlier="", card=card, thesis=thesis, opener=opener, lede=lede,
                settle=settle, objection=objection, answer=answer, last=last, mids=mids, figures=figures,
                leads=leads, links=links, points=points, headed=headed, parts=parts)


def make_essay(card: dict, seed: int) -> dict:
    """Seeded retries, two hundred at most, keeping the first draft whose size is acceptable."""
    for attempt in range(200):
        essay = draft_essay(card, random.Random(f"set35:{seed}:essay:{card['id']}:{attempt}"))
        if WORDS_MIN <= essay["words"] <= WORDS_MAX:
            essay["attempt"] = attempt
            return essay
    raise SystemExit(f"card {card['id']}: no draft between {WORDS_MIN} and {WORDS_MAX} words")


# ------------------------------------------------------------------------------ shared by every society

ESSAYS_BY_TITLE: dict[str, dict] = {}  # main() fills it; sibling boxes cite these
ESSAY_PAGES: dict[str, list[int]] = {}  # society -> pages holding essays
SITE_TITLES: dict[str, list[str]] = {}  # society -> titles, page order
SEED = 2035  # reset by main(); steers where rarer inserts fall


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def only_in(text: str, title: str) -> bool:
    """Checks `text` is exclusive to `title`: present there, absent from each sibling."""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def _quoted(title: str, sentence: str) -> str:
    assert any(sentence in p for p in paragraphs_of(title)) and only_in(sentence, title), (title, sentence)
    return sentence


def last_figure_of(title: str) -> str:
    """Scholar's counted finding from the final strand."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["figures"][-1])


def opening_of(title: str) -> str:
    """Whole first paragraph, as an intro-text field would hold it."""
    return _quoted(title, block_text(ESSAYS_BY_TITLE[title]["blocks"][0]))


def lede_of(title: str) -> str:
    """Opening sentence from the background paragraph (names x)."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["lede"])


def last_point_of(title: str) -> str:
    """Remark sentence from the final strand."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["points"][-1])


class Page(g2.Page):
    """Page from set 2, extended: society, card, sibling list."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.site = site
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.card = essay["card"]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})


class IndexPage:
    """Society template page lacking an essay (though it may list essays)."""

    def __init__(self, site: str, index: int, site_titles: list[str], rng: random.Random, kind: str):
        self.site, self.index, self.rng, self.kind = site, index, rng, kind
        self.site_titles = list(site_titles)

    def truth(self) -> str:
        return "site:\nno_essay: true\n---\n"


def _drawn(site: str, role: str, count: int) -> list[int]:
    return sorted(random.Random(f"set35:{SEED}:{site}:{role}").sample(ESSAY_PAGES[site], count))


def carries(site: str, role: str, count: int, page: Page) -> bool:
    """Seeded lottery: does this essay page hold `role`? Exactly `count` pages win."""
    return page.index in _drawn(site, role, count)


def rank_of(site: str, role: str, count: int, page: Page) -> int | None:
    """Zero-based rank among pages won for `role`; None for losers."""
    chosen = _drawn(site, role, count)
    return chosen.index(page.index) if page.index in chosen else None


def placed_before(site: str, role: str, page: Page) -> bool:
    """Seeded halving of essay pages; the larger half shows its roaming block first."""
    order = list(ESSAY_PAGES[site])
    random.Random(f"set35:{SEED}:{site}:{role}:ahead").shuffle(order)
    return page.index in order[:(len(order) + 1) // 2]


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Puts `piece` close by `pos`; never first, never straight after headings or colon-closing lead-ins."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, object]]:
    """Rendered visible blocks, kind-tagged; colon-terminated paragraphs count as leads."""
    out = []
    for k, (kind, value) in enumerate(p.visible()):
        if kind == "heading":
            out.append(("heading", heading(value)))
        elif kind == "paragraph":
            out.append(("lead" if value.rstrip().endswith(":") else "text", para(value, k)))
        elif kind == "quote":
            out.append(("text", quote_(value)))
        else:
            ordered, items = value
            out.append(("text", listing(ordered, items)))
    return out


def backdate(p: Page, latest: int) -> None:
    """Shifts all reference years back equally until `latest` caps them."""
    shift = max(0, 2023 - latest)
    move = lambda text: re.sub(r", (\d{4})(?=[.,])", lambda m: f", {int(m.group(1)) - shift}", text)
    p.refs = [(move(plain), move(markup)) for plain, markup in p.refs]


def long_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"


def wordy_date(d: date) -> str:
    return f"{d.strftime('%A')}, {d.day} {d.strftime('%B %Y')}"


# ---- 1. stronsay: a horological society on Serif WebPlus, 2012 -------------------------------------------------

ST_SOC = "Wendlebury Horological Society"
ST_NAV = ["Home", "Meetings", "Bulletin", "Visits", "Library", "Join", "Contact"]
ST_WRITERS = ["Derek Slingsby", "Hilary Fishwick", "Trevor Cunliffe", "Brenda Haslam", "Ivor Seddon", "Margaret Tonge"]
ST_TALKS = [("Roy Bickley", "cleaning a French carriage clock without tears"),
            ("Anne Dobbin", "turret clocks of the county churches"),
            ("Len Stott", "making a verge escapement on a hobby lathe"),
            ("Joan Brearley", "pocket watch cases and their hallmarks"),
            ("Phil Eckersley", "electric clocks between the wars"),
            ("Sandra Blakey", "restoring painted dials"),
            ("Gordon Laycock", "the Society's own regulator, stripped and rebuilt")]
ST_TERMS = [
    ("Escapement", "the mechanism releasing the wheel train one tooth at a time while giving the pendulum or balance its impulse."),
    ("Verge", "the oldest escapement, a staff carrying two pallets that work against a crown wheel."),
    ("Fusee", "a cone-shaped pulley evening out a mainspring's pull as it unwinds."),
    ("Remontoire", "a small auxiliary spring or weight, rewound at intervals, feeding constant force to the escapement."),
    ("Isochronism", "swinging in equal times however wide or narrow each swing happens to be."),
    ("Regulator", "a precision clock kept as the standard by which others get set."),
    ("Motion work", "gearing hidden behind the dial that turns the hour hand once for twelve turns of its partner."),
    ("Jewelling", "hard stones, usually synthetic ruby, used as bearings wherever pivots turn."),
]
ST_CHARITY = "Registered charity 1104387"


def st_writer(title: str) -> str:
    return ST_WRITERS[number("stronsay", "writer", title, mod=len(ST_WRITERS))]


def st_issue(title: str) -> tuple[int, int, str]:
    """Volume, number and season line from the Bulletin that first carried the article."""
    k = SITE_TITLES["stronsay"].index(title)
    vol = 21 + k // 6
    no = 1 + (k % 6) * 4 // 6
    season = ["Spring", "Summer", "Autumn", "Winter"][no - 1]
    return vol, no, f"{season} {2009 + vol - 21}"


def st_url(title: str) -> str:
    return f"{slug(title)[:28]}.html"


def st_frame(css_id: str, left: int, top: int, width: int, height: int, inner: str) -> str:
    return (f'<div id="{css_id}" style="position:absolute;left:{left}px;top:{top}px;width:{width}px;height:{height}px;overflow:hidden;">'
            f"\n{inner}\n</div>")


def st_page(title: str, frames: list[str], height: int) -> str:
    nav = "\n".join(f'<a href="{slug(n) if n != "Home" else "index"}.html" id="nav_{k}"><img alt="{esc(n)}" src="wpimages/wp0{k}a_{digest("nav", n, n=6)}.png" '
                    f'style="position:absolute;left:{20 + 132 * k}px;top:128px;width:126px;height:34px;border:0;"></a>'
                    for k, n in enumerate(ST_NAV))
    return f"""<!DOCTYPE html>
<html>
<head>
<title>{esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="Generator" content="Serif WebPlus X6">
<meta name="viewport" content="width=960">
<link rel="stylesheet" type="text/css" href="wpscripts/wpstyles.css">
<style type="text/css">
.OBJ-1,.OBJ-1:link,.OBJ-1:visited {{ background-image:url('wpimages/wp9f1c.png');background-repeat:no-repeat;background-position:0px 0px;text-decoration:none;display:block;position:absolute; }}
.C-2 {{ font-family:"Georgia", serif;font-size:12.0px;line-height:1.25em;color:#4a3b22; }}
</style>
</head>
<body style="background:#e9e2cf; height:{height}px;">
<div style="background-color:transparent;margin-left:auto;margin-right:auto;position:relative;width:960px;height:{height}px;">
<img alt="{esc(ST_SOC)}, founded 1974" src="wpimages/wpb7e1d3a4_06.png" style="position:absolute;left:0px;top:0px;width:960px;height:120px;">
{nav}
{chr(10).join(frames)}
</div>
</body>
</html>
"""


def st_meeting(day: date) -> tuple[str, str]:
    when = day + timedelta(days=(1 - day.weekday()) % 7 + 7)
    who, talk = ST_TALKS[number("stronsay", "talk", day.isoformat(), mod=len(ST_TALKS))]
    line = f"{when.strftime('%A')} {when.day} {when.strftime('%B')}, 7.30pm: {who} on {talk}."
    return line, (f'<p class="Wp-Side-Heading-P"><span class="Side-Heading-C">Our next meeting</span></p>\n'
                  f'<p class="Wp-Side-P"><span class="C-2">{esc(line)}</span></p>\n'
                  f'<p class="Wp-Side-P"><span class="C-2">Friends\' Meeting House, Sheep Street. Visitors welcome, \u00a33 at the door.</span></p>')


ST_FRAME_CLUTTER = ["Our next meeting", "Friends' Meeting House, Sheep Street. Visitors welcome, \u00a33 at the door.",
                    f"\u00a9 {ST_SOC} 2012. {ST_CHARITY}.", "More from the Bulletin"]


def st_footer(visitors: int, top: int) -> str:
    return st_frame("txt_90", 20, top, 920, 44,
                    f'<p class="Wp-Footer-P"><span class="C-2">&copy; {esc(ST_SOC)} 2012. {ST_CHARITY}.</span></p>\n'
                    f'<p class="Wp-Footer-P"><span class="C-2">Visitors since the new site opened: {fmt_int(visitors)}</span></p>')


def stronsay(p: Page) -> str:
    rng = p.rng
    site = "stronsay"
    p.claimed_words = p.words
    backdate(p, LATEST_STUDY[site])
    writer = st_writer(p.title)
    vol, no, season = st_issue(p.title)

    def heading(value: str) -> str:
        return f'<p class="Wp-Heading-2-P"><span class="Heading-2-C">{esc(value)}</span></p>'

    def listing(ordered: bool, items: list[str]) -> str:
        kind = "decimal" if ordered else "disc"
        return (f'<ul style="list-style-type:{kind};margin:0;padding:0;">'
                + "".join(f'<li style="margin-left:24px;" class="Wp-Body-P"><span class="Body-C">{esc(i)}</span></li>' for i in items)
                + "</ul>")

    pieces = shown_pieces(p, heading, lambda v, k: f'<p class="Wp-Body-P"><span class="Body-C">{esc(v)}</span></p>',
                          lambda v: f'<p class="Wp-Quote-P"><span class="Quote-C">{esc(v)}</span></p>', listing)
    if p.refs:
        pieces.append(("heading", heading("Books consulted")))
        pieces.append(("refs", "\n".join(f'<p class="Wp-Reference-P"><span class="Body-C">{mk}</span></p>' for _, mk in p.refs)))
    info = f"From the Bulletin, Vol. {vol} No. {no} ({season}) \u00b7 {fmt_int(p.words)} words \u00b7 {writer}"
    p.clutter += [info, *ST_FRAME_CLUTTER]
    # a long article flows through two linked text frames; WebPlus writes whatever frames were drawn
    # in between (pictures, boxes) at their own place in the source, not after the story
    split = max(2, min(len(pieces) - 1, round(len(pieces) * rng.uniform(0.4, 0.6))))
    while split > 1 and pieces[split - 1][0] in ("heading", "lead"):
        split -= 1
    first = "\n".join(h for _, h in pieces[:split])
    second = "\n".join(h for _, h in pieces[split:])
    line_h = 18
    h1 = 40 + line_h * sum(1 + len(h) // 95 for _, h in pieces[:split])
    h2 = 40 + line_h * sum(1 + len(h) // 95 for _, h in pieces[split:])
    top = 180
    frames = [st_frame("txt_4", 236, top, 700, 24, f'<p class="Wp-Info-P"><span class="Info-C">{esc(info)}</span></p>'),
              st_frame("txt_5", 236, top + 30, 700, 70, f'<h1 class="Wp-Heading-1-P"><span class="Heading-1-C">{esc(p.title)}</span></h1>')]
    body_a = st_frame("txt_12", 236, top + 110, 700, h1, first)
    between: list[str] = []
    y = top + 110 + h1
    if carries(site, "remark", 12, p):
        term, meaning = ST_TERMS[(rank_of(site, "remark", 12, p) * 3 + number(site, "term", p.title, mod=2)) % len(ST_TERMS)]
        between.append(st_frame("txt_21", 250, y + 10, 670, 86,
                                f'<p class="Wp-Box-Heading-P"><span class="Box-Heading-C">From the glossary</span></p>\n'
                                f'<p class="Wp-Box-P"><span class="Box-Term-C">{esc(term)}</span><span class="Box-C"> \u2013 {esc(meaning)}</span></p>'))
        p.clutter += ["From the glossary", meaning]
        y += 106
    turn = rank_of(site, "extra", 5, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"A bracket clock belonging to the Society, photographed by {writer}."
        else:
            caption = f"Members on the Society's visit to the Abbey turret clock, {2002 + number(site, 'visit', p.title, mod=8)}."
        between.append(f'<img alt="" src="wpimages/wp{digest(site, "pic", p.title, n=8)}_05_06.jpg" '
                       f'style="position:absolute;left:330px;top:{y + 10}px;width:480px;height:320px;">')
        between.append(st_frame("txt_22", 330, y + 336, 480, 40, f'<p class="Wp-Caption-P"><span class="Caption-C">{esc(caption)}</span></p>'))
        p.clutter.append(caption)
        y += 380
    body_b = st_frame("txt_13", 236, y + 10, 700, h2, second)
    y += 20 + h2
    related = []
    for t in rng.sample(p.others, 3):
        line = last_figure_of(t)
        related.append(f'<p class="Wp-Side-P"><a href="{st_url(t)}" style="color:#6b2d0c;">{esc(t)}</a></p>\n'
                       f'<p class="Wp-Side-P"><span class="C-2">&hellip; {esc(line)}</span></p>')
        p.clutter += [t, line]
    side_related = st_frame("txt_31", 20, 560, 196, 620,
                            '<p class="Wp-Side-Heading-P"><span class="Side-Heading-C">More from the Bulletin</span></p>\n' + "\n".join(related))
    updated = date(2012, 1, 16) + timedelta(days=number(site, "updated", p.title, mod=120))
    said, meeting = st_meeting(updated)
    p.clutter.append(said)
    side_meeting = st_frame("txt_30", 20, 180, 196, 360, meeting)
    visitors = 21000 + number(site, "visitors", p.title, mod=8000)
    p.clutter.append(f"Visitors since the new site opened: {fmt_int(visitors)}")
    # source order follows drawing order, and whoever laid out certain pages drew sidebars earliest
    story = frames + [body_a] + between + [body_b]
    sides = [side_meeting, side_related]
    ordered = sides + story if placed_before(site, "sidebar", p) else story + sides
    return st_page(f"{p.title} | {ST_SOC}", ordered + [st_footer(visitors, y + 30)], y + 90)


def stronsay_index(ix: IndexPage) -> str:
    """The meetings programme, or the contents of recent Bulletins."""
    if ix.kind == "programme":
        rows = ""
        when = date(2012, 9, 11)
        for k in range(10):
            who, talk = ST_TALKS[k % len(ST_TALKS)]
            rows += f"<tr><td>{when.day} {when.strftime('%B %Y')}</td><td>{esc(who)}</td><td>{esc(cap(talk))}</td></tr>\n"
            when += timedelta(days=28)
        inner = (f'<h1 class="Wp-Heading-1-P"><span class="Heading-1-C">Meetings 2012\u201313</span></h1>\n'
                 f'<p class="Wp-Body-P"><span class="Body-C">Meetings fall on second Tuesdays, September to June. '
                 f'Bring a clock or watch for the show-and-tell table if you like.</span></p>\n'
                 f'<table class="Wp-Table" cellspacing="0" cellpadding="4"><tr><th>Date</th><th>Speaker</th><th>Subject</th></tr>\n{rows}</table>')
        _, meeting = st_meeting(date(2012, 2, 20))
        frames = [st_frame("txt_30", 20, 180, 196, 360, meeting), st_frame("txt_12", 236, 180, 700, 560, inner)]
        return st_page(f"Meetings | {ST_SOC}", frames + [st_footer(23904, 800)], 860)
    by_issue: dict[tuple, list[str]] = {}
    for t in ix.site_titles:
        by_issue.setdefault(st_issue(t), []).append(t)
    blocks = ""
    for key in sorted(by_issue, reverse=True):
        vol, no, season = key
        items = "".join(f'<li class="Wp-Body-P"><a href="{st_url(t)}">{esc(t)}</a> <span class="Body-C">({esc(st_writer(t))})</span></li>' for t in by_issue[key])
        blocks += f'<p class="Wp-Heading-2-P"><span class="Heading-2-C">Vol. {vol} No. {no}, {season}</span></p>\n<ul>{items}</ul>\n'
    inner = (f'<h1 class="Wp-Heading-1-P"><span class="Heading-1-C">The Bulletin online</span></h1>\n'
             f'<p class="Wp-Body-P"><span class="Body-C">Articles from recent Bulletins, put online with their writers\' permission. '
             f'Members receive the printed Bulletin quarterly.</span></p>\n{blocks}')
    _, meeting = st_meeting(date(2012, 3, 5))
    frames = [st_frame("txt_12", 236, 180, 700, 900, inner), st_frame("txt_30", 20, 180, 196, 360, meeting)]
    return st_page(f"Bulletin | {ST_SOC}", frames + [st_footer(24113, 1100)], 1160)


# ---- 2. copinsay: a model engineering society on Mambo, 2005 -------------------------------------------------

CO_SOC = "Ousecliffe Society of Model Engineers"
CO_MAG = "Smokebox"
CO_MENU = [("Home", "index.php"), ("News", "index.php?option=com_content&task=blogcategory&id=1&Itemid=2"),
           (CO_MAG, "index.php?option=com_content&task=section&id=3&Itemid=27"),
           ("Running days", "index.php?option=com_content&task=view&id=12&Itemid=31"),
           ("The track", "index.php?option=com_content&task=view&id=9&Itemid=29"),
           ("Links", "index.php?option=com_weblinks&Itemid=23"), ("Contact us", "index.php?option=com_contact&Itemid=3")]
CO_WRITERS = ["Ken Crompton", "Norman Hindle", "Alf Livesey", "Colin Wrigley", "Pauline Ingham"]
CO_LOCOS = ["Tich", "Rob Roy", "Juliet", "Simplex", "Maisie"]
CO_ASIDES = [
    "[Ed: {member}'s {loco}, built from published drawings, should be in steam at the track on {day}.]",
    "[Ed: copies of the drawings mentioned above sit in the clubhouse library; ask {member} on any running day.]",
    "[Ed: {member} talks on this subject at the clubhouse on {day}, kettle on from seven.]",
    "[Ed: our raised track at Ousecliffe Park opens to the public every Sunday afternoon from Easter.]",
    "[Ed: pictures of our {year} outing there hang in the gallery section.]",
]
CO_PUBLIC = "Public running at Ousecliffe Park every Sunday, 1.30 to 4.30, Easter to October. Rides 50p, under-threes free."
CO_POLL = ("Which gauge do you run?", ["3\u00bd inch", "5 inch", "7\u00bc inch", "None yet"])


def co_writer(title: str) -> str:
    return CO_WRITERS[number("copinsay", "writer", title, mod=len(CO_WRITERS))]


def co_id(title: str) -> int:
    return 41 + 3 * SITE_TITLES["copinsay"].index(title) + number("copinsay", "id", title, mod=3)


def co_created(title: str) -> date:
    return date(2004, 9, 6) + timedelta(days=17 * SITE_TITLES["copinsay"].index(title) + number("copinsay", "cd", title, mod=9))


def co_issue(title: str) -> tuple[int, str]:
    k = SITE_TITLES["copinsay"].index(title)
    no = 58 + k // 3
    return no, f"{['spring', 'summer', 'autumn', 'winter'][no % 4]} {1998 + (no - 58) // 4}"


def co_link(title: str) -> str:
    return f"index.php?option=com_content&amp;task=view&amp;id={co_id(title)}&amp;Itemid=27"


def co_module(heading: str, inner: str, suffix: str = "") -> str:
    return (f'<table cellpadding="0" cellspacing="0" class="moduletable{suffix}">\n<tr>\n<th valign="top">{heading}</th>\n</tr>\n'
            f"<tr>\n<td>\n{inner}\n</td>\n</tr>\n</table>")


def co_frame(page, title: str, crumb: str, today: date, content: str, right: str, guests: int, banner_top: str,
             banner_bottom: str) -> str:
    active = ' id="active_menu"'
    menu = "\n".join(f'<tr align="left"><td><a href="{href.replace("&", "&amp;")}" class="mainlevel"{active if label == CO_MAG else ""}>{esc(label)}</a></td></tr>'
                     for label, href in CO_MENU)
    left = (co_module("Main Menu", f'<table width="100%" border="0" cellpadding="0" cellspacing="0">\n{menu}\n</table>', "_menu")
            + "\n" + co_module("Login Form",
                               '<form action="index.php" method="post" name="login">\n<table width="100%" border="0" cellspacing="0" cellpadding="0" align="center">\n'
                               '<tr><td><label for="mod_login_username">Username</label><br /><input name="username" id="mod_login_username" type="text" class="inputbox" alt="username" size="10" /><br />\n'
                               '<label for="mod_login_password">Password</label><br /><input type="password" id="mod_login_password" name="passwd" class="inputbox" size="10" alt="password" /><br />\n'
                               '<input type="checkbox" name="remember" id="mod_login_remember" class="inputbox" value="yes" alt="Remember Me" /> <label for="mod_login_remember">Remember me</label><br />\n'
                               '<input type="submit" name="Submit" class="button" value="Login" /></td></tr>\n'
                               '<tr><td><a href="index.php?option=com_registration&amp;task=lostPassword">Lost Password?</a></td></tr>\n'
                               '<tr><td>No account yet? <a href="index.php?option=com_registration&amp;task=register">Create one</a></td></tr>\n</table>\n</form>')
            + "\n" + co_module("Who's Online", f"We have {guests} guests online"))
    question, options = CO_POLL
    poll = "".join(f'<tr><td class="sectiontableentry{1 + k % 2}" valign="top"><input type="radio" name="voteid" id="voteid{k}" value="{k}" alt="{k}" />'
                   f'<label for="voteid{k}">{esc(o)}</label></td></tr>' for k, o in enumerate(options))
    right += "\n" + co_module("Polls", f'<form action="index.php" method="post" name="form2">\n<table width="95%" border="0" cellspacing="0" cellpadding="1" align="center" class="poll">\n'
                                       f'<thead><tr><td style="font-weight: bold;">{esc(question)}</td></tr></thead>\n{poll}\n'
                                       f'<tr><td><input type="submit" name="task_button" class="button" value="Vote" />&nbsp;&nbsp;'
                                       f'<input type="button" name="option" class="button" value="Results" /></td></tr>\n</table>\n</form>')
    return f"""<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(CO_SOC)}, miniature railway at Ousecliffe Park" />
<meta name="keywords" content="model engineering, miniature railway, live steam, Ousecliffe" />
<meta name="Generator" content="Mambo - Copyright 2000 - 2005 Miro International Pty Ltd.  All rights reserved." />
<meta name="robots" content="index, follow" />
<link rel="shortcut icon" href="http://www.ousecliffe-sme.org.uk/images/favicon.ico" />
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<link href="http://www.ousecliffe-sme.org.uk/templates/osme_steam/css/template_css.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div align="center">
<table border="0" cellpadding="0" cellspacing="0" width="808">
<tr><td class="header" colspan="3"><img src="templates/osme_steam/images/header_loco.jpg" width="808" height="130" alt="{esc(CO_SOC)}" /></td></tr>
<tr><td class="pathway" colspan="2">{crumb}</td><td class="date" align="right">{wordy_date(today)}</td></tr>
<tr>
<td class="leftcol" valign="top" width="170">
{left}
</td>
<td class="maincol" valign="top" width="468">
{banner_top}{content}
{banner_bottom}</td>
<td class="rightcol" valign="top" width="170">
{right}
</td>
</tr>
<tr><td class="footer" colspan="3" align="center">&copy; 2005 {esc(CO_SOC)}. Club track: Ousecliffe Park, off Riverside Drive.<br />
<a href="http://www.mamboserver.com">Powered by Mambo</a></td></tr>
</table>
</div>
</body>
</html>
"""


CO_FRAME_CLUTTER = ["Main Menu", "Running days", "Login Form", "Remember me", "Lost Password?", "No account yet?", "Who's Online",
                    "Latest News", "Most read", "Newsflash", CO_POLL[0], "Powered by Mambo",
                    f"\u00a9 2005 {CO_SOC}. Club track: Ousecliffe Park, off Riverside Drive."]


def co_public(page) -> tuple[str, str]:
    box = f'<div class="banner_public">{esc(CO_PUBLIC)}</div>\n'
    if isinstance(page, Page):
        return (box, "") if placed_before("copinsay", "public", page) else ("", box)
    return box, ""


def co_right(exclude: str, rng: random.Random, page=None) -> str:
    titles = [t for t in SITE_TITLES["copinsay"] if t != exclude]
    latest = sorted(titles, key=co_created, reverse=True)[:5]
    popular = sorted(titles, key=lambda t: number("copinsay", "hits", t, mod=5000), reverse=True)[:5]
    flash = rng.choice(titles)
    said = opening_of(flash)
    if page is not None:
        page.clutter += [said, *latest, *popular]
    ul = lambda ts: '<ul class="latestnews">' + "".join(f'<li class="latestnews"><a href="{co_link(t)}" class="latestnews">{esc(t)}</a></li>' for t in ts) + "</ul>"
    news = (f'<table class="contentpaneopen"><tr><td valign="top" colspan="2">{esc(said)}</td></tr></table>'
            f'<a href="{co_link(flash)}" class="readon">Read more...</a>')
    return "\n".join([co_module("Newsflash", news), co_module("Latest News", ul(latest)), co_module("Most read", ul(popular))])


def copinsay(p: Page) -> str:
    rng = p.rng
    site = "copinsay"
    p.claimed_pages = p.pages
    backdate(p, LATEST_STUDY[site])
    writer = co_writer(p.title)
    created = co_created(p.title)
    updated = created + timedelta(days=2 + number(site, "upd", p.title, mod=40))
    no, season = co_issue(p.title)

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"

    strong_heads = number(site, "heads", p.title, mod=2) == 0  # this writer bolded a line instead of using a heading style
    heading = (lambda v: f"<p><strong>{esc(v)}</strong></p>") if strong_heads else (lambda v: f"<h3>{esc(v)}</h3>")
    pieces = shown_pieces(p, heading, lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote><p>{esc(v)}</p></blockquote>", listing)
    n_essay = len(pieces)
    if carries(site, "remark", 12, p):
        member = CO_WRITERS[number(site, "member", p.title, mod=len(CO_WRITERS))]
        day = created + timedelta(days=10 + number(site, "day", p.title, mod=30))
        said = CO_ASIDES[number(site, "aside", p.title, mod=len(CO_ASIDES))].format(
            member=member, loco=CO_LOCOS[number(site, "loco", p.title, mod=len(CO_LOCOS))],
            day=f"{day.strftime('%A')} {day.day} {day.strftime('%B')}", year=created.year - 1 - number(site, "yr", p.title, mod=5))
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f"<p><em>{esc(said)}</em></p>"))
        p.clutter.append(said)
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"{writer}'s {CO_LOCOS[number(site, 'cap', p.title, mod=len(CO_LOCOS))]} on the raised track, {created.year - 1}"
        else:
            caption = "From the society album: the first public running day at Ousecliffe Park, 1978"
        img = (f'<div class="mosimage" style="float: right; width: 302px;"><img src="http://www.ousecliffe-sme.org.uk/images/stories/'
               f'{digest(site, "img", p.title, n=7)}.jpg" width="300" height="{200 + number(site, "ih", p.title, mod=40)}" hspace="6" alt="" title="" border="0" />'
               f'<div class="mosimage_caption" style="text-align: left;" align="left">{esc(caption)}</div></div>')
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("media", img))
        p.clutter.append(caption)
    if p.cut is None and p.refs:
        pieces.append(("heading", heading("For further study")))
        pieces.append(("refs", "\n".join(f"<p>{mk}</p>" for _, mk in p.refs)))
    reprint = f"Reprinted from {CO_MAG} No. {no}, {season}: {plural(p.pages, 'page')} in the printed magazine."
    pieces.insert(0, ("note", f'<p><em>{esc(reprint)}</em></p>'))
    p.clutter.append(reprint)
    body = "\n".join(h for _, h in pieces)
    pager = ""
    if p.cut is not None:
        n = 2 + (len(p.blocks) - p.cut) * 2 // max(1, len(p.blocks))
        counter = f"Page 1 of {n}"
        nums = " ".join(["<span class=\"pagenav\">1</span>"] + [f'<a href="{co_link(p.title)}&amp;limit=1&amp;limitstart={k}" class="pagenav"><strong>{k + 1}</strong></a>' for k in range(1, n)])
        body = f'<div class="pagenavcounter">{counter}</div>\n' + body
        pager = (f'\n<div class="pagenavbar"><div><span class="pagenav">&lt;&lt; Start</span> <span class="pagenav">&lt; Prev</span> {nums} '
                 f'<a href="{co_link(p.title)}&amp;limit=1&amp;limitstart=1" class="pagenav">Next &gt;</a> '
                 f'<a href="{co_link(p.title)}&amp;limit=1&amp;limitstart={n - 1}" class="pagenav">End &gt;&gt;</a></div></div>')
        p.clutter += [counter, "<< Start", "< Prev", "Next >", "End >>"]
    buttons = "".join(
        f'<td align="right" width="100%" class="buttonheading"><a href="index2.php?option=com_content&amp;{q}&amp;id={co_id(p.title)}" target="_blank" '
        f'title="{t}"><img src="images/M_images/{img}_button.png" alt="{t}" name="{t}" align="middle" border="0" /></a></td>'
        for q, t, img in (("do_pdf=1", "PDF", "pdf"), ("task=view&amp;pop=1&amp;page=0", "Print", "printButton"),
                          ("task=emailform", "E-mail", "emailButton")))
    content = f"""<table class="contentpaneopen">
<tr>
<td class="contentheading" width="100%">{esc(p.title)}</td>
{buttons}
</tr>
</table>
<table class="contentpaneopen">
<tr><td width="70%" align="left" valign="top" colspan="2"><span class="small">Written by {esc(writer)}</span>&nbsp;&nbsp;</td></tr>
<tr><td valign="top" colspan="2" class="createdate">{wordy_date(created)}</td></tr>
<tr><td valign="top" colspan="2">
{body}{pager}
</td></tr>
<tr><td colspan="2" align="left" class="modifydate">Last Updated ( {wordy_date(updated)} )</td></tr>
</table>
<span class="article_seperator">&nbsp;</span>"""
    p.clutter += [f"Written by {writer}", wordy_date(created), f"Last Updated ( {wordy_date(updated)} )", CO_PUBLIC, *CO_FRAME_CLUTTER]
    today = updated + timedelta(days=number(site, "today", p.title, mod=200))
    guests = 1 + number(site, "guests", p.title, mod=9)
    p.clutter += [wordy_date(today), f"We have {guests} guests online"]
    top, bottom = co_public(p)
    crumb = (f'<span class="pathway"><a href="index.php" class="pathway">Home</a> <img src="templates/osme_steam/images/arrow.png" alt="arrow" /> '
             f'<a href="{CO_MENU[2][1].replace("&", "&amp;")}" class="pathway">{CO_MAG}</a> <img src="templates/osme_steam/images/arrow.png" alt="arrow" /> {esc(p.title)} </span>')
    return co_frame(p, f"{CO_SOC} - {p.title}", crumb, today, content, co_right(p.title, rng, p), guests, top, bottom)


def copinsay_index(ix: IndexPage) -> str:
    """Running days for the season, or the magazine section's article table."""
    crumb = '<span class="pathway"><a href="index.php" class="pathway">Home</a></span>'
    if ix.kind == "running":
        rows = ""
        when = date(2005, 3, 27)
        for k in range(14):
            rows += (f'<tr class="sectiontableentry{1 + k % 2}"><td>{when.day} {when.strftime("%B")}</td>'
                     f'<td>{esc(CO_LOCOS[k % len(CO_LOCOS)])}</td><td>{esc(CO_WRITERS[(k * 2) % len(CO_WRITERS)])}</td></tr>\n')
            when += timedelta(days=14)
        content = f"""<table class="contentpaneopen"><tr><td class="contentheading" width="100%">Running days 2005</td></tr></table>
<table class="contentpaneopen"><tr><td valign="top">
<p>Trains run from 1.30pm if the weather allows. Members driving should arrive by noon for the boiler check.</p>
<table width="100%" cellpadding="4" cellspacing="0" border="0"><tr class="sectiontableheader"><td>Date</td><td>Engine</td><td>Duty officer</td></tr>
{rows}</table>
</td></tr></table>"""
        top, bottom = co_public(ix)
        return co_frame(ix, f"{CO_SOC} - Running days", crumb, date(2005, 3, 14), content, co_right("", ix.rng), 3, top, bottom)
    rows = ""
    for k, t in enumerate(sorted(ix.site_titles, key=co_created, reverse=True)):
        rows += (f'<tr class="sectiontableentry{1 + k % 2}"><td>{co_created(t).strftime("%d/%m/%Y")}</td>'
                 f'<td><a href="{co_link(t)}">{esc(t)}</a></td><td>{esc(co_writer(t))}</td>'
                 f'<td align="center">{number("copinsay", "hits", t, mod=5000)}</td></tr>\n')
    content = f"""<table class="contentpaneopen"><tr><td class="componentheading" width="100%">{CO_MAG}</td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" border="0" class="contentpane"><tr><td valign="top" class="contentdescription" colspan="2">
Articles from the society magazine, retyped by willing members. Paper back numbers live in the clubhouse cupboard; borrow freely.
</td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="sectiontableheader" width="18%">Date</td><td class="sectiontableheader">Item Title</td>
<td class="sectiontableheader">Author</td><td class="sectiontableheader" align="center">Hits</td></tr>
{rows}</table>"""
    top, bottom = co_public(ix)
    return co_frame(ix, f"{CO_SOC} - {CO_MAG}", crumb, date(2005, 6, 2), content, co_right("", ix.rng), 5, top, bottom)


# ---- 3. swona: a bird club on concrete5, 2016 ----------------------------------------------------------------

SW_CLUB = "Saltmoss Bird Club"
SW_NAV = [("Home", "/"), ("Sightings", "/sightings"), ("Field trips", "/field-trips"), ("Articles", "/articles"),
          ("Membership", "/membership"), ("Contact", "/contact")]
SW_WRITERS = ["Fiona Lathom", "Rupert Nowell", "Meera Chauhan", "Dougie Kippax", "Helen Aughton"]
SW_PLACES = ["Wrayness scrape", "Gullstone Point", "Saltmoss marsh", "Hagworm reservoir", "Brantcliffe woods", "the estuary hide"]
SW_BIRDS = [("avocet", "avocets"), ("spoonbill", "spoonbills"), ("little egret", "little egrets"), ("whimbrel", "whimbrels"),
            ("black-tailed godwit", "black-tailed godwits"), ("marsh harrier", "marsh harriers"),
            ("short-eared owl", "short-eared owls"), ("snow bunting", "snow buntings"), ("brent goose", "brent geese"),
            ("wheatear", "wheatears"), ("curlew sandpiper", "curlew sandpipers"), ("spotted redshank", "spotted redshanks")]
SW_FACTS = [
    "A young swift may stay airborne for months after leaving the nest, eating and sleeping on the wing.",
    "Barn owls swallow voles whole and later cough up the fur and bones as a pellet.",
    "Arctic terns see more daylight than any other animal, following summer from pole to pole.",
    "A woodpecker's tongue curls right round inside its skull when drawn back.",
    "Starlings copy car alarms, telephones and other birds with equal relish.",
    "A male wren builds several nests and lets the female choose which one to line.",
    "Gannets fold their wings back an instant before hitting the water.",
    "Robins sing all winter because both sexes defend territories then.",
]
SW_COOKIE = "Cookies help this site remember your log-in and count visitors. Browsing onward means you accept them."
SW_WALL = ("The remainder is reserved for logged-in club members.", "Not a member yet? Joining costs \u00a312 a year, or \u00a318 for a household.")
SW_FOOT = ["Saltmoss Bird Club \u00b7 Registered charity 1147203",
           "Indoor meetings: second Wednesday, 7.30pm, Wrayness village hall"]


def sw_writer(title: str) -> str:
    return SW_WRITERS[number("swona", "writer", title, mod=len(SW_WRITERS))]


def sw_date(title: str) -> date:
    return date(2015, 10, 4) + timedelta(days=13 * SITE_TITLES["swona"].index(title) + number("swona", "d", title, mod=5))


def sw_url(title: str) -> str:
    return f"/articles/{slug(title)}"


def sw_sightings(day: date) -> tuple[str, list[str]]:
    rng = random.Random(f"set35:{SEED}:swona:sightings:{day.isoformat()}")
    lines = []
    when = day
    for one, many in rng.sample(SW_BIRDS, 5):
        count = rng.choice([1, 1, 2, 3, 4, 6, 9, 14, 23])
        when -= timedelta(days=rng.randint(0, 2))
        lines.append(f"{count} {one if count == 1 else many}, {rng.choice(SW_PLACES)}, {when.day} {when.strftime('%b')}")
    markup = ('<div class="ccm-block-sightings"><h3>Recent sightings</h3><ul>' + "".join(f"<li>{esc(x)}</li>" for x in lines)
              + '</ul><p><a href="/sightings/add">Report a sighting</a></p></div>')
    return markup, ["Recent sightings", *lines, "Report a sighting"]


def sw_trip(day: date) -> tuple[str, str]:
    when = day + timedelta(days=(6 - day.weekday()) % 7 + 7)
    place = SW_PLACES[number("swona", "trip", day.isoformat(), mod=len(SW_PLACES))]
    line = f"Next field trip: Sunday {when.day} {when.strftime('%B')} to {place}. Meet 8.30am at the Wrayness car park; bring a flask."
    return line, f'<div class="ccm-custom-style-container ccm-custom-style-main-trip"><p class="trip-note">{esc(line)}</p></div>'


def sw_head(title: str, cid: int) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<link rel="stylesheet" type="text/css" href="/application/themes/saltmoss/css/bootstrap-modified.css">
<link href="/application/files/cache/css/saltmoss/main.css?ts=1457010022" rel="stylesheet" type="text/css" media="all">
<title>{esc(title)} :: {SW_CLUB}</title>
<meta http-equiv="content-type" content="text/html; charset=UTF-8"/>
<meta name="generator" content="concrete5 - 5.7.5.6"/>
<script type="text/javascript">
    var CCM_DISPATCHER_FILENAME = "/index.php";
    var CCM_CID = {cid};
    var CCM_EDIT_MODE = false;
    var CCM_ARRANGE_MODE = false;
    var CCM_IMAGE_PATH = "/concrete/images";
    var CCM_TOOLS_PATH = "/index.php/tools/required";
    var CCM_APPLICATION_URL = "https://www.saltmossbirdclub.org.uk";
    var CCM_REL = "";
</script>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
</head>"""


def sw_frame(cid: int, main: str, side: str, cookie: str, active: str) -> str:
    nav = "".join(f'<li class="{"nav-path-selected" if href == active else ""}"><a href="{href}" target="_self" '
                  f'class="{"nav-path-selected" if href == active else ""}">{esc(n)}</a></li>' for n, href in SW_NAV)
    foot = "".join(f"<p>{esc(x)}</p>" for x in SW_FOOT)
    return f"""<body>
<div class="ccm-page ccm-page-id-{cid} page-type-blog-entry page-template-right-sidebar">
<header>
    <div class="container">
        <div class="row">
            <div class="col-sm-4 col-xs-6">
                <div class="ccm-custom-style-container ccm-custom-style-header-41 ccm-block-custom-template-logo"><a href="/"><img src="/application/files/2914/4698/3130/saltmoss-logo.png" alt="{SW_CLUB}" width="260" height="70" class="ccm-image-block img-responsive bID-41"></a></div>
            </div>
            <div class="col-sm-8 col-xs-6">
                <nav class="ccm-responsive-navigation original"><ul>{nav}</ul></nav>
                <div class="ccm-responsive-menu-launch"><i></i></div>
            </div>
        </div>
    </div>
</header>
<main>
<div class="container">
    <div class="row">
        <div class="col-sm-8 col-content">
{main}
        </div>
        <div class="col-sm-4 col-sidebar">
{side}
        </div>
    </div>
</div>
</main>
<footer id="footer-theme">
    <section>
    <div class="container">
        <div class="row">
            <div class="col-sm-9">{foot}</div>
            <div class="col-sm-3"><span class="ccm-block-social-links"><a href="https://twitter.com/saltmossbirds">Twitter</a></span></div>
        </div>
    </div>
    </section>
    <section class="footer-signin"><div class="container"><div class="row"><div class="col-sm-12"><a href="/login">Log in</a></div></div></div></section>
</footer>
</div>
{cookie}<script type="text/javascript" src="/concrete/js/jquery.js"></script>
</body>
</html>
"""


SW_FRAME_CLUTTER = [*SW_FOOT, "Field trips", "Membership", "More articles", "Open article"]


def sw_cookie(page) -> str:
    if isinstance(page, Page) and not carries("swona", "cookies", 12, page):
        return ""
    if isinstance(page, Page):
        page.clutter.append(SW_COOKIE)
    return (f'<div class="ccm-cookie-bar" id="cookie-bar"><span>{esc(SW_COOKIE)}</span> '
            f'<button type="button" class="btn btn-xs btn-default">Carry on</button></div>\n')


def swona(p: Page) -> str:
    rng = p.rng
    site = "swona"
    backdate(p, LATEST_STUDY[site])
    writer = sw_writer(p.title)
    posted = sw_date(p.title)
    cid = 212 + 3 * SITE_TITLES[site].index(p.title) + number(site, "cid", p.title, mod=3)

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"

    pieces = shown_pieces(p, lambda v: f"<h2>{esc(v)}</h2>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote><p>{esc(v)}</p></blockquote>", listing)
    n_essay = len(pieces)
    if carries(site, "remark", 12, p):
        fact = SW_FACTS[(rank_of(site, "remark", 12, p) + number(site, "fact", p.title, mod=3)) % len(SW_FACTS)]
        box = (f'<div class="ccm-block-feature-item"><h4><i class="fa fa-binoculars"></i> Did you know?</h4>'
               f'<p>{esc(fact)}</p></div>')
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("block", box))
        p.clutter += ["Did you know?", fact]
    turn = rank_of(site, "extra", 5, p)
    if turn is not None:
        one, _ = SW_BIRDS[number(site, "bird", p.title, mod=len(SW_BIRDS))]
        if turn % 2 == 0:
            caption = f"Photo: {writer}. A {one} at {SW_PLACES[number(site, 'place', p.title, mod=len(SW_PLACES))]}, {posted.year - 1}."
        else:
            caption = "Photo: club archive. Members at the old Gullstone hide before it was rebuilt."
        pic = (f'<picture><!--[if IE 9]><video style="display: none;"><![endif]--><source srcset="/application/files/thumbnails/large/'
               f'{digest(site, "img", p.title, n=4)}/{digest(site, "img2", p.title, n=4)}/photo.jpg" media="(min-width: 900px)">'
               f'<!--[if IE 9]></video><![endif]--><img src="/application/files/{digest(site, "img3", p.title, n=4)}/photo.jpg" alt="#" '
               f'class="ccm-image-block img-responsive bID-{300 + number(site, "bid", p.title, mod=600)}"></picture>\n'
               f"<p><small>{esc(caption)}</small></p>")
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("block", pic))
        p.clutter.append(caption)
    wall = ""
    if p.cut is not None:
        wall = (f'<div class="members-only-wall"><p><strong>{esc(SW_WALL[0])}</strong></p><p>{esc(SW_WALL[1])}</p>'
                f'<p><a class="btn btn-primary" href="/login?redirect={sw_url(p.title)}">Log in</a> '
                f'<a class="btn btn-default" href="/membership">Join the club</a></p></div>\n')
        p.clutter += [*SW_WALL, "Join the club"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h3>Birders' bookshelf</h3>"))
        pieces.append(("refs", "\n".join(f"<p>{mk}</p>" for _, mk in p.refs)))
    # concrete5 stores each stretch the editor typed as a separate content block; a new block began at each subhead
    out: list[str] = []
    run: list[str] = []
    for kind, html in pieces:
        if kind in ("heading", "block") and run:
            out.append("\n".join(run))
            run = []
        if kind == "block":
            out.append(html)
        else:
            run.append(html)
    if run:
        out.append("\n".join(run))
    article = "\n\n".join(out)
    said, trip = sw_trip(posted)
    p.clutter.append(said)
    byline = f"Posted by {writer}"
    p.clutter += [byline, long_date(posted), *SW_FRAME_CLUTTER]
    related = ""
    for t in rng.sample(p.others, 3):
        line = lede_of(t)
        related += (f'<div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-page-entry-text">'
                    f'<div class="ccm-block-page-list-title"><a href="{sw_url(t)}" target="_self">{esc(t)}</a></div>'
                    f'<div class="ccm-block-page-list-date">{long_date(sw_date(t))}</div>'
                    f'<div class="ccm-block-page-list-description">{esc(line)}</div>'
                    f'<div class="ccm-block-page-list-page-entry-read-more"><a href="{sw_url(t)}" target="_self" class="ccm-block-page-list-read-more">Open article</a></div>'
                    f"</div></div>\n")
        p.clutter += [t, long_date(sw_date(t)), line]
    sightings, phrases = sw_sightings(posted + timedelta(days=number(site, "seen", p.title, mod=9)))
    p.clutter += phrases
    early = placed_before(site, "trip", p)
    main = f"""<div class="ccm-block-page-title-byline"><h1 class="page-title">{esc(p.title)}</h1>
<span class="page-date">{long_date(posted)}</span>
<span class="page-author">{esc(byline)}</span></div>
{trip + chr(10) if early else ""}{article}
{wall}{"" if early else trip + chr(10)}<div class="ccm-block-share-this-page"><ul class="list-inline"><li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.saltmossbirdclub.org.uk{sw_url(p.title)}" aria-label="Facebook"><i class="fa fa-facebook"></i></a></li><li><a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.saltmossbirdclub.org.uk{sw_url(p.title)}" aria-label="Twitter"><i class="fa fa-twitter"></i></a></li><li><a href="mailto:?body=https%3A%2F%2Fwww.saltmossbirdclub.org.uk{sw_url(p.title)}" aria-label="Email"><i class="fa fa-envelope"></i></a></li></ul></div>
<div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-header"><h5>More articles</h5></div>
<div class="ccm-block-page-list-pages">
{related}</div></div>"""
    return sw_head(p.title, cid) + "\n" + sw_frame(cid, main, sightings, sw_cookie(p), "/articles")


def swona_index(ix: IndexPage) -> str:
    """Every article, newest first, as the page list block lays them out."""
    rows = ""
    for t in sorted(ix.site_titles, key=sw_date, reverse=True):
        rows += (f'<div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-page-entry-text">'
                 f'<div class="ccm-block-page-list-title"><a href="{sw_url(t)}" target="_self">{esc(t)}</a></div>'
                 f'<div class="ccm-block-page-list-date">{long_date(sw_date(t))} \u00b7 {esc(sw_writer(t))}</div>'
                 f'<div class="ccm-block-page-list-description">{esc(lede_of(t))}</div></div></div>\n')
    main = f"""<div class="ccm-block-page-title-byline"><h1 class="page-title">Articles</h1></div>
<p>Longer pieces by members on the history of watching, ringing and recording birds. A few stay behind the members' log-in.</p>
<div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-pages">
{rows}</div></div>"""
    side, _ = sw_sightings(date(2016, 5, 2))
    return sw_head("Articles", 200) + "\n" + sw_frame(200, main, side, sw_cookie(ix), "/articles")


# ---- 4. auskerry: a morris side, WordPress plus a drag-and-drop builder, 2021 ----------------------------------------

AU_SIDE = "Hobthrush Morris"
AU_HOST = "https://hobthrushmorris.org.uk"
AU_MENU = [("Home", "/"), ("About us", "/about/"), ("Dance-outs", "/dance-outs/"), ("Join us", "/join/"),
           ("Music", "/music/"), ("Blog", "/blog/"), ("Contact", "/contact/")]
AU_WRITERS = ["Jess Hartle", "Owen Molyneux", "Kit Whalley", "Sally Gregson", "Ade Royle", "Bev Truscott"]
AU_PUBS = ["Wheatsheaf", "Bay Horse", "Plough", "Fleece", "Black Bull", "Shoulder of Mutton"]
AU_TOWNS = ["Easterby", "Thornwick", "Salter's Bridge", "Kirkby Fold", "Oxclose", "Marrick Green"]
AU_NOTES = [
    "Practice moves to the {pub} in {town} on {day} while the hall floor gets sanded.",
    "We dance out at {town} on {day}; kit inspection at the {pub} beforehand, so polish those bells.",
    "Fresh bell pads have arrived. Catch {member} before {day} for a fitting.",
    "Season subs must reach our treasurer by {day}: \u00a325, or \u00a310 for students and musicians.",
    "Our melodeon player needs a lift to {town} on {day}. Offers to {member}, please.",
]
AU_TASTER = "Come and try morris: free taster nights every Tuesday in September at St Cedd's hall, Easterby. No partner or kit needed."
AU_COOKIE = "Our site keeps a couple of cookies so pages remember you. Choose below."
AU_FOOT = [f"\u00a9 2021 {AU_SIDE} \u00b7 Easterby, North Yorkshire", "Dancing Cotswold and border morris since 1979",
           "Practice: Tuesdays 8pm, St Cedd's hall, October to April"]


def au_writer(title: str) -> str:
    return AU_WRITERS[number("auskerry", "writer", title, mod=len(AU_WRITERS))]


def au_date(title: str) -> date:
    return date(2020, 11, 8) + timedelta(days=11 * SITE_TITLES["auskerry"].index(title) + number("auskerry", "d", title, mod=4))


def au_url(title: str) -> str:
    return f"/{slug(title)}/"


class Nodes:
    """Builder node ids: thirteen hex digits, fresh for every page."""

    def __init__(self, *seed):
        self.rng = random.Random(f"set35:{SEED}:auskerry:nodes:" + ":".join(map(str, seed)))

    def __call__(self) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(13))


def au_module(node: Nodes, kind: str, inner: str) -> str:
    n = node()
    return (f'<div class="fl-module fl-module-{kind} fl-node-{n}" data-node="{n}">\n'
            f'\t<div class="fl-module-content fl-node-content">\n{inner}\n\t</div>\n</div>')


def au_row(node: Nodes, cols: list[tuple[float, str]], extra: str = "") -> str:
    r, g = node(), node()
    inner = "".join(f'<div class="fl-col fl-node-{node()}" style="width: {w}%;"><div class="fl-col-content fl-node-content">\n{html}\n</div></div>'
                    for w, html in cols)
    return (f'<div class="fl-row fl-row-fixed-width fl-row-bg-none fl-node-{r}{extra}" data-node="{r}">\n'
            f'<div class="fl-row-content-wrap"><div class="fl-row-content fl-row-fixed-width fl-node-content">\n'
            f'<div class="fl-col-group fl-node-{g}" data-node="{g}">{inner}</div>\n</div></div>\n</div>')


def au_dance_outs(day: date) -> tuple[str, list[str]]:
    rng = random.Random(f"set35:{SEED}:auskerry:outs:{day.isoformat()}")
    when = day + timedelta(days=(5 - day.weekday()) % 7 + 3)
    lines = []
    for _ in range(3):
        lines.append(f"{when.strftime('%a')} {when.day} {when.strftime('%b')}: the {rng.choice(AU_PUBS)}, {rng.choice(AU_TOWNS)}")
        when += timedelta(days=rng.choice([7, 14]))
    markup = ('<h3 class="fl-heading"><span class="fl-heading-text">Dance-outs this season</span></h3>\n<div class="fl-rich-text"><ul>'
              + "".join(f"<li>{esc(x)}</li>" for x in lines) + '</ul><p><a href="/dance-outs/">Full list of dance-outs</a></p></div>')
    return markup, ["Dance-outs this season", *lines, "Full list of dance-outs"]


def au_head(title: str, canonical: str, post_id: int) -> str:
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)} &#8211; {AU_SIDE}</title>
<link rel="canonical" href="{AU_HOST}{canonical}" />
<link rel='stylesheet' id='fl-builder-layout-bundle-css' href='{AU_HOST}/wp-content/uploads/bb-plugin/cache/{digest("css", post_id, n=32)}-layout-bundle.css?ver=2.4.2.1-1.3.3.1' media='all' />
<link rel='stylesheet' id='fl-automator-skin-css' href='{AU_HOST}/wp-content/uploads/bb-theme/skin-5fc2d1a8e6b7c.css?ver=1.7.8' media='all' />
<meta name="generator" content="WordPress 5.7.2" />
<link rel='shortlink' href='{AU_HOST}/?p={post_id}' />
</head>"""


def au_frame(post_id: int, main: str, cookie: str, kind: str) -> str:
    node = Nodes("frame")
    menu = "".join(f'<li id="menu-item-{31 + k}" class="menu-item menu-item-{31 + k}"><a href="{AU_HOST}{href}" class="menu-link">{esc(n)}</a></li>'
                   for k, (n, href) in enumerate(AU_MENU))
    header = au_row(node, [(30.0, au_module(node, "photo", f'<div class="fl-photo fl-photo-align-left"><a href="{AU_HOST}/"><img class="fl-photo-img" src="{AU_HOST}/wp-content/uploads/2019/03/hobthrush-logo.png" alt="{AU_SIDE}" width="240" height="90" /></a></div>')),
                           (70.0, au_module(node, "menu", f'<nav class="fl-menu" aria-label="Main menu"><ul id="menu-main" class="menu fl-menu-horizontal fl-toggle-none">{menu}</ul></nav>'))])
    foot = "".join(f"<p>{esc(x)}</p>" for x in AU_FOOT)
    footer = au_row(node, [(60.0, au_module(node, "rich-text", f'<div class="fl-rich-text">{foot}</div>')),
                           (40.0, au_module(node, "icon-group", '<div class="fl-icon-group"><span class="fl-icon"><a href="https://www.facebook.com/hobthrushmorris" aria-label="Facebook"><i class="fab fa-facebook"></i></a></span>'
                                                                  '<span class="fl-icon"><a href="https://www.instagram.com/hobthrushmorris" aria-label="Instagram"><i class="fab fa-instagram"></i></a></span></div>'))])
    return f"""<body class="{kind} postid-{post_id} fl-builder fl-theme-builder-header fl-theme-builder-footer fl-theme-builder-singular fl-framework-base-4 fl-preset-default fl-full-width" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<a aria-label="Skip to content" class="fl-screen-reader-text" href="#fl-main-content">Skip to content</a>
<div class="fl-page">
<header class="fl-builder-content fl-builder-content-25 fl-builder-global-templates-locked" data-post-id="25" data-type="header" itemscope="itemscope" itemtype="http://schema.org/WPHeader">
{header}
</header>
<div id="fl-main-content" class="fl-page-content" itemprop="mainContentOfPage" role="main">
{main}
</div>
<footer class="fl-builder-content fl-builder-content-27 fl-builder-global-templates-locked" data-post-id="27" data-type="footer" itemscope="itemscope" itemtype="http://schema.org/WPFooter">
{footer}
</footer>
</div>
{cookie}<script src='{AU_HOST}/wp-includes/js/jquery/jquery.js?ver=3.5.1' id='jquery-core-js'></script>
</body>
</html>
"""


AU_FRAME_CLUTTER = [*AU_FOOT, "About us", "Join us", "Skip to content", "Share this post", "More from the blog", "Read the post",
                    "Comments are closed."]


def au_cookie(page) -> str:
    if isinstance(page, Page) and not carries("auskerry", "cookies", 12, page):
        return ""
    if isinstance(page, Page):
        page.clutter.append(AU_COOKIE)
    return (f'<div id="cookie-notice-strip" data-nosnippet="true"><span>{esc(AU_COOKIE)} '
            f'<a role="button" class="cli_action_button cli-accept-button">Accept</a> <a role="button" class="cli_action_button cli-reject-button">Reject</a> '
            f'<a role="button" class="cli_settings_button">Settings</a></span></div>\n')


def auskerry(p: Page) -> str:
    rng = p.rng
    site = "auskerry"
    p.claimed_words = p.words
    backdate(p, LATEST_STUDY[site])
    writer = au_writer(p.title)
    posted = au_date(p.title)
    post_id = 640 + 7 * SITE_TITLES[site].index(p.title) + number(site, "pid", p.title, mod=7)
    node = Nodes(p.title)

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"

    def heading(value: str) -> str:
        return au_module(node, "heading", f'<h2 class="fl-heading"><span class="fl-heading-text">{esc(value)}</span></h2>')

    pieces = shown_pieces(p, heading, lambda v, k: f"<p>{esc(v)}</p>", lambda v: f"<blockquote>\n<p>{esc(v)}</p>\n</blockquote>", listing)
    n_essay = len(pieces)
    if carries(site, "remark", 12, p):
        day = posted + timedelta(days=6 + number(site, "day", p.title, mod=24))
        note = AU_NOTES[number(site, "note", p.title, mod=len(AU_NOTES))].format(
            pub=AU_PUBS[number(site, "pub", p.title, mod=len(AU_PUBS))], town=AU_TOWNS[number(site, "town", p.title, mod=len(AU_TOWNS))],
            day=f"{day.strftime('%A')} {day.day} {day.strftime('%B')}", member=AU_WRITERS[number(site, "member", p.title, mod=len(AU_WRITERS))])
        box = au_module(node, "callout", f'<div class="fl-callout fl-callout-has-icon fl-callout-icon-left-title"><div class="fl-callout-content">'
                                         f'<h3 class="fl-callout-title"><span>Bagman\'s note</span></h3><div class="fl-callout-text-wrap">'
                                         f'<div class="fl-callout-text"><p>{esc(note)}</p></div></div></div></div>')
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("module", box))
        p.clutter += ["Bagman's note", note]
    turn = rank_of(site, "extra", 5, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"The side at {AU_TOWNS[number(site, 'ptown', p.title, mod=len(AU_TOWNS))]}, {posted.year - 1 - number(site, 'py', p.title, mod=3)}. Photo: {writer}."
        else:
            caption = f"Musicians tuning up outside the {AU_PUBS[number(site, 'ppub', p.title, mod=len(AU_PUBS))]} before the first set."
        photo = au_module(node, "photo", f'<div class="fl-photo fl-photo-align-center" itemscope itemtype="https://schema.org/ImageObject">'
                                         f'<div class="fl-photo-content fl-photo-img-jpg"><img loading="lazy" class="fl-photo-img wp-image-{900 + number(site, "wp", p.title, mod=300)} size-large" '
                                         f'src="{AU_HOST}/wp-content/uploads/{posted.year}/{posted.month:02d}/{digest(site, "img", p.title, n=8)}-1024x683.jpg" alt="" itemprop="image" width="1024" height="683" /></div>'
                                         f'<div class="fl-photo-caption fl-photo-caption-below" itemprop="caption">{esc(caption)}</div></div>')
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("module", photo))
        p.clutter.append(caption)
    if p.refs:
        pieces.append(("heading", heading("Books for the curious")))
        pieces.append(("refs", "\n".join(f"<p>{mk}</p>" for _, mk in p.refs)))
    # the writer dragged in a fresh text module after every heading and around every insert
    modules: list[str] = []
    run: list[str] = []
    for kind, html in pieces:
        if kind in ("heading", "module"):
            if run:
                modules.append(au_module(node, "rich-text", '<div class="fl-rich-text">\n' + "\n".join(run) + "\n</div>"))
                run = []
            modules.append(html)
        else:
            run.append(html)
    if run:
        modules.append(au_module(node, "rich-text", '<div class="fl-rich-text">\n' + "\n".join(run) + "\n</div>"))
    stamp = f"{posted.strftime('%a')} {posted.day} {posted.strftime('%b %Y')}"
    info = f"{stamp} \u00b7 by {writer} \u00b7 {fmt_int(p.words)} words"
    p.clutter += [info, AU_TASTER, *AU_FRAME_CLUTTER]
    taster = au_module(node, "callout", f'<div class="fl-callout"><div class="fl-callout-content"><div class="fl-callout-text-wrap">'
                                        f'<div class="fl-callout-text"><p>{esc(AU_TASTER)}</p></div></div>'
                                        f'<div class="fl-callout-button"><a href="/join/" class="fl-button" role="button"><span class="fl-button-text">Find out more</span></a></div></div></div>')
    p.clutter.append("Find out more")
    top = [au_module(node, "heading", f'<h1 class="fl-heading"><span class="fl-heading-text">{esc(p.title)}</span></h1>'),
           au_module(node, "fl-post-info", f'<div class="fl-post-info"><span class="fl-post-info-date">{stamp}</span>'
                                           f'<span class="fl-post-info-sep"> \u00b7 </span><span class="fl-post-info-author">by <a href="{AU_HOST}/author/{slug(writer)}/">{esc(writer)}</a></span>'
                                           f'<span class="fl-post-info-sep"> \u00b7 </span><span class="fl-post-info-words">{fmt_int(p.words)} words</span></div>')]
    early = placed_before(site, "taster", p)
    share = au_module(node, "social-buttons", '<div class="fl-social-buttons"><p class="share-label">Share this post</p>'
                                              f'<a href="https://www.facebook.com/sharer/sharer.php?u={AU_HOST}{au_url(p.title)}">Facebook</a> '
                                              f'<a href="https://twitter.com/intent/tweet?url={AU_HOST}{au_url(p.title)}">Twitter</a> '
                                              f'<a href="mailto:?subject={slug(p.title)}">Email</a></div>')
    left = "\n".join(top + ([taster] if early else []) + modules + ([] if early else [taster])
                     + [share, au_module(node, "fl-comments", '<div class="fl-comments"><p class="no-comments">Comments are closed.</p></div>')])
    outs, phrases = au_dance_outs(posted + timedelta(days=number(site, "outs", p.title, mod=10)))
    p.clutter += phrases
    right = au_module(node, "rich-text", outs)
    posts = ""
    for t in rng.sample(p.others, 3):
        line = last_point_of(t)
        d = au_date(t)
        posts += (f'<div class="fl-post-grid-post fl-post-align-default post-{640 + 7 * SITE_TITLES[site].index(t)} post type-post status-publish format-standard hentry category-history" itemscope itemtype="https://schema.org/BlogPosting">'
                  f'<div class="fl-post-grid-text"><h2 class="fl-post-grid-title" itemprop="headline"><a href="{AU_HOST}{au_url(t)}" title="{esc(t)}">{esc(t)}</a></h2>'
                  f'<div class="fl-post-grid-meta"><span class="fl-post-grid-date">{long_date(d)}</span></div>'
                  f'<div class="fl-post-grid-content"><p>{esc(line)}</p><a class="fl-post-grid-more" href="{AU_HOST}{au_url(t)}" title="{esc(t)}">Read the post</a></div></div></div>\n')
        p.clutter += [t, long_date(d), line]
    more = au_module(node, "post-grid", f'<h3 class="fl-heading"><span class="fl-heading-text">More from the blog</span></h3>\n<div class="fl-post-grid">\n{posts}</div>')
    main = (f'<div class="fl-builder-content fl-builder-content-{post_id} fl-builder-content-primary" data-post-id="{post_id}">\n'
            + au_row(node, [(66.66, left), (33.33, right)]) + "\n" + au_row(node, [(100.0, more)]) + "\n</div>")
    return au_head(p.title, au_url(p.title), post_id) + "\n" + au_frame(post_id, main, au_cookie(p), "wp-singular single-post")


def auskerry_index(ix: IndexPage) -> str:
    """The season's dance-out calendar, names of pubs and towns only."""
    node = Nodes("outs-page")
    rows = ""
    when = date(2021, 5, 1)
    for k in range(16):
        rows += (f"<tr><td>{when.strftime('%a')} {when.day} {when.strftime('%B')}</td><td>the {esc(AU_PUBS[k % len(AU_PUBS)])}</td>"
                 f"<td>{esc(AU_TOWNS[(k * 5) % len(AU_TOWNS)])}</td><td>{'7.30pm' if when.weekday() < 5 else '12 noon'}</td></tr>\n")
        when += timedelta(days=(3 if k % 2 == 0 else 4) + 7 * (k % 3 == 2))
    table = (f'<div class="fl-rich-text"><p>We dance outside pubs on summer evenings and at a few fairs and festivals. '
             f'Times are when the first dance starts; we usually stay about an hour.</p>\n'
             f'<table><thead><tr><th>Date</th><th>Where</th><th>Town</th><th>Start</th></tr></thead><tbody>\n{rows}</tbody></table></div>')
    main = (f'<div class="fl-builder-content fl-builder-content-88 fl-builder-content-primary" data-post-id="88">\n'
            + au_row(node, [(100.0, au_module(node, "heading", '<h1 class="fl-heading"><span class="fl-heading-text">Dance-outs 2021</span></h1>')
                             + "\n" + au_module(node, "rich-text", table))]) + "\n</div>")
    return au_head("Dance-outs 2021", "/dance-outs/", 88) + "\n" + au_frame(88, main, au_cookie(ix), "wp-singular page-id-88")


# -------------------------------------------------------------------------------------------------- runner

SITES = {  # society -> (essay page writer, no-essay writer, their kinds, pages cut short, pages with references)
    "stronsay": (stronsay, stronsay_index, ["programme", "contents"], 0, 3),  # sidebar frames move in the source
    "copinsay": (copinsay, copinsay_index, ["running", "section"], 3, 3),    # public-running banner moves; cut = page break
    "swona": (swona, swona_index, ["articles"], 3, 3),                       # field-trip line moves; cut = members' wall
    "auskerry": (auskerry, auskerry_index, ["dance-outs"], 0, 3),           # taster callout moves
}


def units_of(essay: dict) -> set[str]:
    """Normalised blocks (headings excluded) and list items, each above five words."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int) -> dict[str, list[dict]]:
    """Per society, drafts essays from shuffled cards, skipping any draft sharing a block with a kept one."""
    kept: list[tuple[dict, set[str], str]] = []
    chosen: dict[str, list[dict]] = {}
    for name, (_, _, kinds, _, _) in SITES.items():
        need = PAGES_PER_SITE - len(kinds)
        mine = [c for c in cards if c["host"] == name]
        random.Random(f"set35:{seed}:{name}:cards").shuffle(mine)
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
    """Seeded choice among pages 2..17 for the essayless pages, paired with their kinds."""
    spots = sorted(random.Random(f"set35:{SEED}:{name}:noessay").sample(range(2, PAGES_PER_SITE), len(kinds)))
    return dict(zip(spots, kinds))


def write_folders(outdir: Path, seed: int, chosen: dict[str, list[dict]]) -> list[str]:
    """Writes pages and truths for every society and returns SOURCES.tsv rows; cuts and references are drawn
    the way set one drew them, over essay pages only."""
    rows = []
    for name, (writer, lister, kinds, teasers, cited) in SITES.items():
        site_rng = random.Random(f"{seed}:{name}")
        indexes = index_pages(name, kinds)
        ESSAY_PAGES[name] = [n for n in range(1, PAGES_PER_SITE + 1) if n not in indexes]
        mine = chosen[name]
        titles = [e["title"] for e in mine]
        SITE_TITLES[name] = titles
        order = list(range(len(mine)))
        site_rng.shuffle(order)
        teaser_set, cited_set = set(order[:teasers]), set(order[teasers:teasers + cited])
        folder = outdir / name
        (folder / "truth").mkdir(parents=True, exist_ok=True)
        k = 0
        for n in range(1, PAGES_PER_SITE + 1):
            page_rng = random.Random(f"{seed}:{name}:{n}")
            if n in indexes:
                ix = IndexPage(name, n, titles, page_rng, indexes[n])
                (folder / f"page-{n:02d}.html").write_text(lister(ix), "utf-8")
                (folder / "truth" / f"page-{n:02d}.md").write_text(ix.truth(), "utf-8")
                rows.append(f"{name}\tpage-{n:02d}\t-\t0\t(no essay: {indexes[n]} page)")
                continue
            essay = mine[k]
            page = Page(essay, page_rng, n, titles, name)
            if k in teaser_set:
                page.cut = max(3, round(len(page.blocks) * page_rng.uniform(0.35, 0.55)))
                while page.cut > 3 and page.blocks[page.cut - 1][0] == "heading":
                    page.cut -= 1
            if k in cited_set:
                page.refs = g.works_cited(page_rng, page_rng.randint(3, 6))
            k += 1
            (folder / f"page-{n:02d}.html").write_text(writer(page), "utf-8")
            (folder / "truth" / f"page-{n:02d}.md").write_text(page.truth(), "utf-8")
            rows.append(f"{name}\tpage-{n:02d}\t{essay['id']}\t{essay['words']}\t{essay['title']}")
    return rows


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=2035)
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
    print(f"{len(SITES)} societies x {PAGES_PER_SITE} pages into {args.outdir}: {need} essays out of "
          f"{len(cards)} cards, {len(SITES) * PAGES_PER_SITE - need} pages holding none")


if __name__ == "__main__":
    main()
