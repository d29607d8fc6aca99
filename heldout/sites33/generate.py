"""Held-out site set 33 (issue 13). Four made-up hosts of essay-like writing, each of a kind missing from the
thirty-two older sets, withheld from the code's authors as a measure of site learning at first sight. Eighteen
pages per host.

    usage (project interpreter): generate.py OUTDIR [--seed 2033]

Pages go to OUTDIR/<host>/page-NN.html; truths to OUTDIR/<host>/truth/page-NN.md, readable by
bench/scoring.py. Every host has a page or two without an essay (a season's meetings, an article index, a
run of volume contents, a table of nets, a story archive, visitor prices), whose truth is marked no_essay. The
essays get assembled during the run from cards and phrasing unique to this script; OUTDIR/SOURCES.tsv maps
card to page. Same seed in, same bytes out.

Hosts (page kinds):
  taransay   An amateur astronomical society's members' articles, 2013: a Drupal 7 node whose body was pasted
             from a Google document (a docs-internal-guid wrapper, inline-styled spans, bold-span subheads on
             some pages), a month's sky notes in prose that change on every page and sit above or below, reader
             comments, and other articles shown by the sentence each uses to answer its critics
  vallay     A naturalists' field club's digitised Proceedings, 2011: strict XHTML, printed page numbers left
             inside the paragraphs, bracketed editorial notes, a scanning note above or below, papers shown in
             part at their authors' wish, and other papers shown by their second strand's opening remark
  fuday      An amateur radio club's newsletter reprints, 2005: hand-made HTML 3.2 in capitals with unclosed
             paragraph and list tags, a sign-off with the writer's callsign, boxed net reminders inside the
             text, part-one-of-two articles, a visitor tally, and other articles shown by their last link-back
  killegray  The friends of a botanic garden posting plant stories, 2021: WordPress with Elementor, the story cut
             into widgets whose ids change on every page, an at-a-glance box, a membership appeal above or below,
             and other stories shown by a custom excerpt taken from their closing

Taken unchanged from sets 1 to 3: truth writing, invented reference lists, escaping, thousands separators, the
in-text position picker and plurals.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import math
import random
import re
import textwrap
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

# ------------------------------------------------------------------------------------------------------ the cards
# Twelve pipe-separated fields per row: host | title | subject | x, the subject as it reads mid-sentence | people
# | setting | period, which must contain a year of four digits | three strands, semicolon-separated | thesis |
# rival (both read on from the word "that") | fact one | fact two (single sentences, each ending in its only full
# stop).

ESSAY_CARDS = """
taransay | The Ten Lost Days | calendar history | the Gregorian reform of the calendar | Pope Gregory XIII, the Jesuit mathematician Christopher Clavius and the Protestant states that would not follow Rome | the Catholic kingdoms of Europe and, much later, the British Empire | 1582 to 1752 | the drift of Easter away from the spring equinox; the ten days removed in October 1582; the long refusal of the Protestant countries | the reform won through because its arithmetic was good enough, not because Rome could command obedience | the new calendar was papal propaganda that astronomers merely put up with | Pope Gregory XIII issued the bull Inter gravissimas in February 1582. | Great Britain and its American colonies switched to the reformed calendar in September 1752.
taransay | A Moon Drawn before Galileo's | telescope history | Thomas Harriot's first drawing of the Moon | the mathematician Thomas Harriot, his noble patron and his correspondent William Lower | the grounds of Syon House beside the Thames | 1609 to 1621 | the six-power glass bought from Dutch makers; the rough sketch of the line between lunar day and night; the papers that stayed unpublished for centuries | Harriot observed as carefully as anyone in 1609 but lost his place in history by never printing a word | Harriot's sketches were crude curiosities with no science in them | Thomas Harriot drew the Moon through a telescope in July 1609. | Thomas Harriot died in London in July 1621.
taransay | Light Takes Its Time | astronomy history | Ole Romer's estimate of the speed of light | the Danish astronomer Ole Romer, the director of the Paris Observatory and the savants of the Academy of Sciences | the Paris Observatory and the court of Louis XIV | 1671 to 1681 | the timing of eclipses of a moon of the largest planet; the forecast of a late reappearance in 1676; the slow acceptance of a finite speed | Romer's case rested on a timetable that kept failing in a regular way, and that regularity was the discovery | Romer simply got lucky with a single observation | Ole Romer put his argument for a finite speed of light to the Academy of Sciences in Paris in 1676. | Ole Romer returned to Copenhagen as royal mathematician in 1681.
taransay | Dark Lines in the Sun | astronomy history | Joseph von Fraunhofer's map of the solar spectrum | the glassmaker Joseph von Fraunhofer, the optical workshop at Benediktbeuern and the chemists who later explained the lines | the monastery workshops at Benediktbeuern in Bavaria | 1801 to 1826 | the collapse of the building that buried the orphan apprentice; the search for better glass for lenses; the hundreds of dark lines charted with a new instrument | the lines were found by a man testing glass, which is why he measured them so carefully | Fraunhofer stumbled on the lines by accident and never grasped their worth | Joseph von Fraunhofer charted hundreds of dark lines in the spectrum of the Sun in 1814. | Joseph von Fraunhofer died in Munich in June 1826.
taransay | Stones from a Clear Sky | meteorite history | the fall of stones at L'Aigle | the physicist Jean-Baptiste Biot, the villagers of Normandy and the doubting members of the Academy | the countryside around L'Aigle in Normandy | 1794 to 1803 | the earlier claims that learned men had laughed at; the scatter of stones over several miles; Biot's report built on witnesses and a map | L'Aigle changed minds because Biot treated the villagers as witnesses rather than as peasants telling tales | the fall was accepted only because Paris savants had already changed their minds | A shower of stones fell near L'Aigle in Normandy in April 1803. | Jean-Baptiste Biot reported on the fall at L'Aigle to the Academy of Sciences in July 1803.
taransay | The Thunderstone of Ensisheim | meteorite history | the Ensisheim meteorite | the boy who saw it land, the young king Maximilian and the poet Sebastian Brant | the wheat field outside Ensisheim in Alsace | 1492 to 1493 | the loud fall witnessed by a single boy; the chipping of the stone by souvenir hunters; the broadsheets that turned it into an omen | the Ensisheim stone survived because people read it as a message, not as a rock | the stone was kept as a curiosity and meant nothing to anyone | A stone fell from the sky near Ensisheim in Alsace in November 1492. | The poet Sebastian Brant wrote verses on the Ensisheim stone in 1492.
taransay | A Star That Moved a Little | astronomy history | the first measurement of a star's parallax | the Konigsberg astronomer Friedrich Bessel, his rivals at Dorpat and the Cape, and the heliometer made in Munich | the observatory at Konigsberg in Prussia | 1832 to 1838 | the choice of a faint star with a large proper motion; the heliometer that measured tiny angles; the race with two other observers | Bessel won because he chose his star by its motion rather than its brightness | the measurement was a shared achievement and priority does not matter | Friedrich Bessel announced the parallax of the star 61 Cygni in 1838. | Thomas Henderson observed Alpha Centauri at the Cape observatory in 1832 and 1833.
taransay | The Winking Demon | astronomy history | John Goodricke's explanation of Algol | the young deaf astronomer John Goodricke, his neighbour and fellow observer in York and the Royal Society's fellows | a house in the city of York | 1782 to 1786 | the careful timing of the star's regular dimming; the guess that a dark companion passed in front of it; the early death of the observer | Goodricke's guess about Algol was sound science because it followed a rhythm he had timed himself | Goodricke merely repeated an idea his older neighbour had handed him | John Goodricke proposed in 1783 that a body circling Algol caused its dimming. | John Goodricke died in York in April 1786, aged twenty-one.
taransay | Two Small Moons | astronomy history | Asaph Hall's discovery of the moons of Mars | the astronomer Asaph Hall, his wife Angeline Stickney and the staff of the Naval Observatory in Washington | the dome of the great refractor in Washington | 1877 | the close approach of Mars that summer; the nights of searching near the planet's glare; the naming of the moons after the companions of the war god | the moons were found by persistence with a good telescope, not by any new theory | the discovery was made certain by the telescope and owed little to Hall | Asaph Hall found the outer moon of Mars at the Naval Observatory in August 1877. | Asaph Hall found the inner moon of Mars a few nights later in August 1877.
taransay | The Pup beside the Dog Star | astronomy history | the sighting of the companion of Sirius | the lens maker Alvan Graham Clark, his father's firm and the astronomers who had predicted an unseen star | the workshop of Alvan Clark and Sons at Cambridgeport in Massachusetts | 1844 to 1862 | the wobble in the path of Sirius across the sky; the testing of a new eighteen-inch lens; the long puzzle of a faint but heavy star | the companion was seen by a craftsman testing a lens, which shows how much astronomy rested on its instrument makers | the sighting was mere luck of small importance | Friedrich Bessel predicted an unseen companion of Sirius in 1844. | Alvan Graham Clark first saw the companion of Sirius in January 1862.
taransay | The Comet That Sat for Its Portrait | astronomy history | Donati's comet | the Florence astronomer Giovanni Battista Donati, the crowds who watched in the autumn evenings and the photographers who tried to record it | the skies over Florence and much of Europe | 1858 | the discovery of a faint smudge in June; the curved tail at its brightest in October; the first attempts to photograph a comet | Donati's comet mattered more for the public it gathered than for anything it taught astronomers | the comet was only a spectacle and taught science nothing | Giovanni Battista Donati discovered the comet from Florence in June 1858. | Donati's comet was at its brightest in October 1858.
taransay | The Comet Vintage | astronomy history | the great comet of 1811 | the observer Honore Flaugergues, the vine growers of France and the readers of almanacs across Europe | the hills above Viviers in the Rhone valley | 1811 to 1812 | the discovery of the comet in spring; the months in which it hung in the evening sky; the fine harvest that wine sellers tied to it | the comet's fame came from its long stay in the sky rather than its brightness | the comet frightened a superstitious public and did little more | Honore Flaugergues discovered the comet from Viviers in March 1811. | Wine from the harvest of 1811 was sold for years as comet wine.
taransay | The Prince's Observatory | astronomy history | Ulugh Beg's observatory at Samarkand | the ruler and astronomer Ulugh Beg, the scholars of his madrasa and the son who had him killed | the hill outside Samarkand | 1420 to 1908 | the giant meridian arc cut into the hill; the star catalogue compiled there; the wrecking of the building after the prince's murder | Ulugh Beg's observatory failed because it hung on one patron, however fine its instruments | the observatory's work was copied from older catalogues | Ulugh Beg built his observatory at Samarkand in the 1420s. | The archaeologist Vassily Vyatkin found the remains of the observatory in 1908.
taransay | An Observatory for the Khan | astronomy history | the observatory at Maragheh | the scholar Nasir al-Din al-Tusi, his patron Hulagu Khan and the astronomers gathered from across the Islamic world | the hill above Maragheh in north-west Persia | 1259 to 1274 | the library assembled from conquered cities; the new tables of planetary motion; the models of the heavens that later writers copied | Maragheh shows that conquest could pay for science as well as wreck it | the observatory was an astrologers' workshop kept for the khan's horoscopes | Work began on the observatory at Maragheh in 1259. | Nasir al-Din al-Tusi died in Baghdad in 1274.
taransay | The Clock Tower of Kaifeng | astronomy and engineering history | Su Song's astronomical clock tower | the official Su Song, his engineer Han Gonglian and the emperors of the Song court | the capital at Kaifeng | 1088 to 1127 | the water wheel that turned the armillary sphere; the illustrated book that described every part; the loss of the tower when the capital fell | the tower was an instrument of government as much as of astronomy | the tower was a plaything for the court with no practical use | Su Song's astronomical clock tower was completed at Kaifeng in 1092. | Jurchen armies carried off the parts of the clock tower after taking Kaifeng in 1127.
taransay | A Translation That Outgrew Its Original | science history | Mary Somerville's Mechanism of the Heavens | the Scottish writer Mary Somerville, the reformer Henry Brougham who asked for the book and the readers who learned from it | her house at the Royal Hospital in Chelsea | 1827 to 1879 | the request to put a French treatise on the heavens into English; the long preface that explained the mathematics; the college that later took her name | Somerville's book succeeded because she rewrote rather than translated | the book was a translation that added nothing new | Mary Somerville published The Mechanism of the Heavens in 1831. | Somerville Hall opened in Oxford in 1879, named in her honour.
taransay | A Comet from a Rooftop | astronomy history | Maria Mitchell's comet | the Nantucket astronomer Maria Mitchell, her father William and the King of Denmark's prize committee | a rooftop on the island of Nantucket | 1847 to 1848 | the night of searching from the roof of the bank; the dispute over who saw the comet first; the gold medal that made her name | Mitchell's medal rewarded years of patient sweeping of the sky, not one lucky night | the prize went to her mainly because she was a novelty | Maria Mitchell found a telescopic comet from a Nantucket rooftop in October 1847. | The King of Denmark awarded Maria Mitchell a gold medal for the comet in 1848.
taransay | A Moon Map and a Fire | astronomy history | Johannes Hevelius's observatory at Danzig | the brewer and astronomer Johannes Hevelius, his wife and fellow observer Elisabeth and the visitors who doubted his naked-eye sights | the rooftops of his houses in Danzig | 1647 to 1679 | the map of the Moon engraved by his own hand; the quarrel over measuring without telescopic sights; the blaze that gutted the observatory | Hevelius's work lasted because he printed everything himself | Hevelius clung to old methods and was left behind by his critics | Johannes Hevelius published his map of the Moon, the Selenographia, in 1647. | A fire destroyed the observatory and printing press of Johannes Hevelius in Danzig in September 1679.
taransay | Gas among the Stars | astronomy history | William Huggins's spectrum of a nebula | the amateur William Huggins, his wife and collaborator Margaret and the chemist William Allen Miller | a private observatory at Tulse Hill in south London | 1864 to 1897 | the spectroscope fixed to a telescope in a suburban garden; the bright lines from a planetary nebula; the long partnership of husband and wife | Huggins's single night in 1864 mattered because he was ready with the right instrument, not because he was lucky | Huggins only confirmed what chemists already suspected | William Huggins showed in August 1864 that some nebulae shine like a glowing gas. | William Huggins was knighted in 1897.
taransay | Plates of Glass | astronomy history | the Carte du Ciel | the director of the Paris Observatory, the astronomer David Gill at the Cape and the observatories that agreed to share out the sky | the congress rooms of the Paris Observatory | 1882 to 1887 | the photograph of a great comet that suggested the plan; the division of the sky among many observatories; the decades of measuring that followed | the Carte du Ciel failed as a map because its organisers never paid for the measuring | the project succeeded and simply took a long time | An international congress met at the Paris Observatory in April 1887 to plan a photographic map of the sky. | David Gill photographed the great comet from the Cape in 1882.
taransay | The Sun's Edge Breaks Up | astronomy history | the beads seen by Francis Baily | the former stockbroker Francis Baily, the onlookers in the Borders and the astronomers who watched later eclipses | the town of Jedburgh in the Scottish Borders | 1825 to 1836 | the retirement from the stock exchange to study the sky; the bright points seen at the edge of the Moon; the long argument about their cause | Baily is remembered for the beads because he described them plainly, not because he saw them first | the beads were an illusion of the eye | Francis Baily retired from business in 1825 to give his time to astronomy. | Francis Baily watched the annular eclipse of May 1836 from Jedburgh.
taransay | The Eclipse on Glass | astronomy history | the photographs of the eclipse of 1860 | the astronomer Warren De la Rue, the Jesuit Angelo Secchi and the party that carried a telescope into northern Spain | a village in the hills of the Basque country | 1860 | the carriage of the photographic telescope to Spain; the plates taken in the minutes of totality; the comparison of the pictures from two sites | the eclipse of 1860 proved that the prominences belonged to the Sun because two cameras agreed | the photographs only confirmed what eye witnesses already knew | Warren De la Rue photographed the total eclipse of July 1860 from Rivabellosa in Spain. | Angelo Secchi photographed the same eclipse from another station in Spain in 1860.
vallay | The Blue That Went Away | British natural history | the loss and return of the large blue butterfly | the butterfly collectors, the conservation scientists and the red ants the caterpillar relies on | the grassy slopes of the south-west of England | 1979 to 1983 | the caterpillar's life inside an ant nest; the grazing that kept the turf short enough for the ants; the release of butterflies brought from Sweden | the large blue died out because nobody understood its ant until too late | collectors wiped out the large blue | The large blue was declared extinct in Britain in 1979. | Large blues from Sweden were released in the south-west of England in 1983.
vallay | A Curate's Letters | British natural history | Gilbert White's natural history of his parish | the curate Gilbert White, his correspondents Thomas Pennant and Daines Barrington and the villagers who brought him news | the parish of Selborne in Hampshire | 1767 to 1793 | the letters that became the book; the watching of swifts and swallows through the seasons; the tortoise Timothy | White's book lasted because it watched one place closely, not because of any grand theory | White's book was a charming diary with no scientific value | The Natural History and Antiquities of Selborne was published in 1789. | Gilbert White died at Selborne in June 1793.
vallay | Fish Hawks Come Home | Scottish natural history | the return of the osprey to Strathspey | the ospreys at Loch Garten, the egg collectors who robbed them and the watchers who guarded the nest | the pinewoods by Loch Garten | 1954 to 1959 | the pair that nested after decades of absence; the theft of the eggs; the decision to let the public watch | the osprey's return succeeded because the nest was made public, not kept secret | secrecy would have protected the birds better | Ospreys nested at Loch Garten in Strathspey in 1954. | Egg collectors robbed the osprey nest at Loch Garten in 1958.
vallay | A Name for Everything | natural history | Linnaeus's Systema Naturae | the Swedish naturalist Carl Linnaeus, his travelling students and the botanists who resisted his system | the university town of Uppsala | 1735 to 1758 | the first slim edition of the book; the sexual system for plants that shocked some readers; the two-word names fixed in the tenth edition | Linnaeus's system won because it was easy to use, not because it was natural | the system spread only because Linnaeus's students were everywhere | Carl Linnaeus brought out Systema Naturae, at first a slim folio, in 1735. | The tenth edition of Systema Naturae, printed in 1758, is the starting point for animal names.
vallay | A Mammoth in the Riverbank | natural history | the Berezovka mammoth | the hunter who found it, the zoologist Otto Herz and the academy in St Petersburg | the bank of the Berezovka river in north-east Siberia | 1900 to 1901 | the report that reached the authorities; the expedition and its winter excavation; the grass still in the animal's mouth | the Berezovka mammoth mattered because it was dug out and recorded, not merely found | the mammoth was a lucky find that told science little | A mammoth frozen into the bank of the Berezovka river in Siberia was reported in 1900. | Otto Herz led the expedition that dug out the Berezovka mammoth in 1901.
vallay | A Serpent Seen by Officers | natural history | the sea serpent of HMS Daedalus | the captain and officers of HMS Daedalus, the readers of The Times and the anatomist who doubted them | the South Atlantic between the Cape and St Helena | 1848 | the sighting on a summer afternoon; the official report to the admiral at Devonport; the dispute in the newspapers | the Daedalus report was taken seriously because of who made it, not what it described | the officers saw a giant squid and made a monster of it | The officers of HMS Daedalus reported seeing a great sea serpent in August 1848, between the Cape and St Helena. | Captain Peter M'Quhae's account of the serpent was printed in The Times in October 1848.
vallay | The Fur Farm Escapees | British natural history | the coypu in East Anglia | the fur farmers, the trappers of the eradication campaign and the marsh owners of the Broads | the rivers and marshes of Norfolk and Suffolk | 1929 to 1989 | the escape of animals from fur farms; the damage to banks and crops; the campaign that paid trappers to work themselves out of a job | the coypu campaign worked because trappers were paid a bonus for finishing the job | hard winters, not trappers, finished off the coypu | Coypus were first brought to British fur farms in 1929. | The last wild coypus in Britain were trapped in 1989.
vallay | Eagles from Norway | Scottish natural history | the return of the white-tailed eagle | the gamekeepers who shot the last birds, the conservationists on the island and the Norwegian ornithologists who supplied chicks | the island of Rum in the Inner Hebrides | 1918 to 1985 | the long persecution of the species; the release of young birds flown from Norway; the first wild-bred chick | the return of the eagle depended on patience across a decade, not on the first release | the birds would have come back on their own | The last native white-tailed eagle in Britain was shot in Shetland in 1918. | Young white-tailed eagles from Norway were released on the island of Rum in 1975.
vallay | Swedish Birds for Perthshire | Scottish natural history | the return of the capercaillie | the Marquess of Breadalbane, the reformer Thomas Fowell Buxton and the Swedish birds shipped to Scotland | the woods around Taymouth Castle in Perthshire | 1785 to 1837 | the loss of the native birds with the old pine forests; the shipment of birds from Sweden; the spread of the new stock through Perthshire | the capercaillie came back because the forests had grown back first | the reintroduction was a sporting landlord's whim that happened to work | Capercaillie had died out in Scotland by about 1785. | Swedish capercaillie were released at Taymouth Castle in Perthshire in 1837.
vallay | Two Acres of Fen | British natural history | the first reserve at Wicken Fen | the beetle and moth collectors who bought the first strips, the National Trust and the sedge cutters of the fen | the sedge fields of Wicken in Cambridgeshire | 1899 to 1956 | the purchase of a strip of fen for a few pounds; the cutting of sedge that kept the fen open; the old windpump brought to the reserve | Wicken survived as fen because the old cutting went on, not because it was left alone | the reserve was saved simply by being bought | The National Trust acquired its first strip of Wicken Fen in 1899. | A wooden windpump was moved onto Wicken Fen in 1956.
vallay | The Stonemason's Fishes | Scottish natural history | Hugh Miller's fossil fishes | the stonemason and writer Hugh Miller, the quarrymen of the Black Isle and the naturalists who read his books | the shore and quarries of the Black Isle | 1829 to 1856 | the fossil fishes found in nodules on the shore; the book that made him famous; his quarrel with theories of development | Miller wrote good geology because he had cut stone with his own hands | Miller's religion spoiled his science | Hugh Miller published The Old Red Sandstone in 1841. | Hugh Miller died at Portobello near Edinburgh in December 1856.
vallay | The Fern Fever | Victorian natural history | the Victorian craze for ferns | the clergyman Charles Kingsley, the fern hunters of the western hills and the dealers who stripped the lanes | the damp lanes and ravines of Devon and the Lake District | 1840 to 1855 | the books that taught readers to name ferns; the hunting trips into wet valleys; the loss of rare ferns from their sites | the fern craze did harm because it was a hobby of collecting, not of watching | the fern craze was harmless fun | Edward Newman published A History of British Ferns in 1840. | Charles Kingsley named the fern craze pteridomania in 1855.
vallay | The Bird of Martha's Vineyard | American natural history | the last of the heath hen | the wardens of the island reserve, the hunters of the mainland and the last male that called alone | the scrub plains of Martha's Vineyard | 1908 to 1932 | the reserve set up for the last birds; the fire and the hard winters; the single male watched for years | the heath hen was lost because all the survivors lived in one place | the heath hen was doomed by hunting long before 1908 | A reserve for the heath hen was set aside on Martha's Vineyard in 1908. | The last heath hen was seen on Martha's Vineyard in March 1932.
vallay | The Last of the Wild Cattle | European natural history | the last aurochs in the forest of Jaktorow | the royal gamekeepers, the villagers who grazed their cattle in the forest and the kings of Poland | the royal forest of Jaktorow in Masovia | 1564 to 1627 | the royal protection of the herd; the grazing and disease brought by village cattle; the death of the last cow | the aurochs died out despite royal protection because its forest was shared with farm cattle | poachers killed the last aurochs | Royal gamekeepers counted thirty-eight aurochs in the forest of Jaktorow in 1564. | The last known aurochs died in the forest of Jaktorow in 1627.
vallay | A Feather for a Duke | New Zealand natural history | the disappearance of the huia | the Maori chiefs who wore the feathers, the collectors who sold skins and the visiting Duke of York | the forests of the southern North Island | 1892 to 1907 | the prized feathers worn by chiefs; the fashion that followed a royal visit; the legal protection that arrived too late | the huia was lost to a fashion, not to forest clearance alone | the huia was already dying out before the collectors came | The Duke of York wore a huia feather on his visit to New Zealand in 1901. | The last confirmed sighting of the huia was made in December 1907.
vallay | A Lighthouse and a Cat | New Zealand natural history | the Stephens Island wren | the lighthouse keeper David Lyall, the cats that came with the keepers and the collector Walter Rothschild | the small island of Stephens Island in Cook Strait | 1894 to 1895 | the new lighthouse and its settlement; the specimens brought in by a cat; the sale of the skins to collectors | the wren vanished because the island's keepers brought cats, whatever the legend of a single pet | one cat destroyed a whole species | The lighthouse on Stephens Island was first lit in 1894. | Walter Rothschild described the Stephens Island wren from specimens in 1894.
vallay | The Ship That Brought Rats | Australian natural history | the rats of Lord Howe Island | the crew of the steamer Makambo, the island families and the birds that had never met a rat | the forests of Lord Howe Island | 1918 to 1982 | the grounding of the steamer; the rats that swam ashore; the loss of five kinds of forest bird | the island's birds were lost in a few years because one ship ran aground in the wrong place | the birds were already in decline | The steamer Makambo ran aground at Lord Howe Island in June 1918. | Lord Howe Island was placed on the World Heritage List in 1982.
vallay | The Bird That Came Back | New Zealand natural history | the rediscovery of the takahe | the doctor and hunter Geoffrey Orbell, his companions and the wildlife officers who closed the valley | the tussock valleys of the Murchison Mountains in Fiordland | 1898 to 1948 | the last bird caught by a dog; the search guided by old reports; the closing of the valley to visitors | the takahe was found because Orbell believed old reports that experts dismissed | the rediscovery was pure chance | A takahe was caught by a dog in Fiordland in 1898. | Geoffrey Orbell found living takahe in the Murchison Mountains in November 1948.
vallay | A Petrel in the Harbour | Atlantic natural history | the rediscovery of the cahow | the early settlers of Bermuda, the naturalists who searched the islets and the young warden who guarded the nests | the rocky islets of Castle Harbour in Bermuda | 1612 to 1951 | the hungry settlers who ate the birds; the early law to protect them; the nests found on bare islets | the cahow survived because a few islets were too small for rats | the cahow survived by luck alone | Bermuda's governor issued a proclamation against killing cahows in 1616. | Cahows were found nesting on islets in Castle Harbour in January 1951.
vallay | An Eagle Drawn from Bones | New Zealand natural history | Haast's eagle | the geologist Julius von Haast, the moa hunters and the swamp diggers who found the bones | the swamp at Glenmark in Canterbury | 1866 to 1871 | the moa bones dug from the swamp; the giant eagle pieced together from a few bones; the museum raised to display them | the eagle was deduced from a few bones because the swamp had already yielded so many moa | Haast exaggerated the size of the eagle | Julius von Haast described the giant eagle from bones found at Glenmark in 1871. | The Canterbury Museum in Christchurch opened its new building in 1870.
vallay | The Island Keeper | New Zealand natural history | Richard Henry's kakapo on Resolution Island | the caretaker Richard Henry, the boats that ferried the birds and the stoats that followed | Resolution Island in Dusky Sound | 1894 to 1908 | the moving of hundreds of birds by boat; the years of hope on the island; the arrival of stoats | Henry's island failed because stoats could swim, not because the idea was wrong | the idea of island refuges was mistaken from the start | Richard Henry began moving kakapo to Resolution Island in 1894. | Stoats were seen on Resolution Island in 1900.
vallay | The Moth on the Soot | British natural history | the dark peppered moth | the Manchester collectors who caught the first dark moth, the entomologist James William Tutt and the smoke of the mill towns | the mill towns of Lancashire | 1848 to 1896 | the first dark specimen caught near the city; the spread of dark moths through the industrial north; the explanation in terms of soot-covered bark | the peppered moth story holds because the dark form spread with the smoke, whatever the faults of later experiments | the case has been exaggerated in textbooks | The first dark peppered moth was recorded near Manchester in 1848. | James William Tutt suggested in 1896 that birds picked off the moths that showed up on sooty trees.
vallay | The Mere That Was Drained | British natural history | the draining of Whittlesey Mere | the landowners who paid for the pumps, the fenmen who fished and fowled on the mere and the naturalists who watched it go | the fen country south of Peterborough | 1851 to 1852 | the steam pump that emptied the lake; the boats and fish left stranded; the post sunk to measure the shrinking peat | the draining of the mere is remembered because someone thought to measure what followed | the mere would have silted up anyway | Whittlesey Mere was drained in 1851. | A post was sunk into the peat at Holme Fen in 1851 to measure the shrinking of the ground.
fuday | A Cable under the Channel | telegraph history | the first cable across the Channel | the brothers John and Jacob Brett, their engineers and the French authorities at Cap Gris-Nez | the sea between Dover and Cap Gris-Nez | 1850 to 1851 | the thin wire laid from a tug in a single day; the failure that followed within hours; the armoured cable of the next year | the first cable proved the idea even though it failed, which is why the money came for the second | the 1850 cable was a stunt that taught nothing | John and Jacob Brett laid a telegraph cable across the Channel from Dover in August 1850. | A stronger armoured cable across the Channel began working in November 1851.
fuday | London to Calcutta by Wire | telegraph history | the Indo-European telegraph line | the Siemens brothers, the Persian and Russian officials and the Indian telegraph service | the route through Prussia, Russia and Persia to Tehran | 1868 to 1870 | the iron poles carried over the mountains; the agreements with three governments; the speed of messages on the finished line | the line worked because one firm built and ran it from end to end | the line was a political triumph rather than an engineering one | The Siemens firm built the Indo-European line through Russia and Persia between 1868 and 1870. | The telegraph line between London and Calcutta opened in April 1870.
fuday | A Voice on Christmas Eve | radio history | Reginald Fessenden's broadcast from Brant Rock | the inventor Reginald Fessenden, his engineers and the ship operators who said they heard music | the station at Brant Rock in Massachusetts | 1900 to 1906 | the earlier trial with speech at Cobb Island; the high-frequency alternator; the programme said to have gone out on Christmas Eve | the Christmas Eve story is doubtful, but Fessenden's work on continuous waves is not | the broadcast never happened and the claim should be dropped | Reginald Fessenden sent speech by wireless over about a mile at Cobb Island in 1900. | Reginald Fessenden said he broadcast speech and music from Brant Rock on Christmas Eve 1906.
fuday | Waves in a Lecture Room | physics history | Heinrich Hertz's waves | the physicist Heinrich Hertz, his students at Karlsruhe and the theorists who had predicted the waves | the lecture room of the polytechnic at Karlsruhe | 1886 to 1894 | the spark gap and the loop of wire; the experiments on reflection and focusing; the early death that stopped his work | Hertz found the waves because he set out to test a theory, not to invent anything useful | Hertz saw no practical use for his waves and deserves less credit | Heinrich Hertz demonstrated electromagnetic waves in his laboratory at Karlsruhe in 1887. | Heinrich Hertz died in Bonn in January 1894, aged thirty-six.
fuday | Filings in a Tube | radio history | the coherer | the Paris professor Edouard Branly, the Liverpool physicist Oliver Lodge and the experimenters who copied them | the lecture halls of Paris and Oxford | 1890 to 1894 | the glass tube of metal filings; the tapping needed to reset it; the demonstrations to learned audiences | the coherer was crude, but it let machines rather than eyes detect the waves | the coherer was a dead end that radio soon threw away | Edouard Branly described the coherer to the French Academy of Sciences in 1890. | Oliver Lodge demonstrated signalling with a coherer at a meeting in Oxford in August 1894.
fuday | A Storm Recorder in St Petersburg | radio history | Alexander Popov's receiver | the naval instructor Alexander Popov, his assistant and the Russian navy | the naval school at Kronstadt and the university in St Petersburg | 1895 to 1945 | the receiver built to record thunderstorms; the demonstration to the physical society; the argument over who came first | Popov deserves his place because he built a working receiver early, whatever the later quarrels over priority | Popov's claims were invented later for patriotic reasons | Alexander Popov demonstrated his receiver to a learned society in St Petersburg in May 1895. | The Soviet Union began to keep 7 May as Radio Day in 1945.
fuday | A Tube for Watching Signals | physics history | Karl Ferdinand Braun's cathode-ray tube | the physicist Karl Ferdinand Braun, his students at Strasbourg and the engineers who turned his tube into a screen | the physics institute at Strasbourg | 1897 to 1918 | the tube built to show changing currents; the improvement of wireless transmitters; his last years held in America | Braun's tube mattered more than his wireless work because it let engineers see a signal | the tube was a laboratory toy until others improved it | Karl Ferdinand Braun built a cathode-ray tube for showing changing currents in 1897. | Karl Ferdinand Braun died in Brooklyn in April 1918.
fuday | The Valve with a Grid | radio history | Lee de Forest's Audion | the inventor Lee de Forest, his backers and the engineers who worked out what the Audion really did | the laboratories and courtrooms of New York | 1906 to 1912 | the third electrode added to an older valve; the patent quarrels that followed; the discovery that it could amplify | de Forest invented the Audion without understanding it, and others made it useful | de Forest deserves sole credit for modern electronics | Lee de Forest described his Audion to the American Institute of Electrical Engineers in October 1906. | Engineers found that the Audion could amplify signals in 1912.
fuday | Help Called by Wireless | radio history | the wreck of the Republic | the wireless operator Jack Binns, the passengers of two liners and the ships that answered the call | the foggy sea south of Nantucket | 1909 | the collision in thick fog; the distress signals sent from a wrecked cabin; the rescue of almost everyone aboard | the Republic rescue made wireless compulsory at sea because it showed what one operator could do | the rescue was luck in calm weather | The liner Republic was rammed by the Florida in fog off Nantucket in January 1909. | Jack Binns was welcomed as a hero in New York in 1909.
fuday | Pictures across the Ocean | satellite history | the Telstar satellite | the engineers of Bell Laboratories, the crews of the ground stations and the television audiences of two continents | the ground stations at Andover in Maine and Goonhilly Downs in Cornwall | 1962 to 1963 | the launch into a low orbit; the short passes when both stations could see it; the radiation damage that ended its life | Telstar was an experiment whose short life taught more than a success would have | Telstar was a publicity stunt | Telstar was launched from Cape Canaveral in July 1962. | Telstar stopped working in February 1963.
fuday | A Gun and a Ball | timekeeping history | Edinburgh's time signals | the astronomers on Calton Hill, the gunners at the castle and the ships' masters in the harbour at Leith | the city of Edinburgh and the port of Leith | 1852 to 1861 | the ball that dropped from a monument; the cable that carried the signal to the castle; the ships that set their chronometers by the gun | the gun succeeded because it could be heard in fog, where a ball could not be seen | the gun was civic theatre and added nothing | The time ball on Calton Hill in Edinburgh was first dropped in 1852. | The One O'Clock Gun was first fired from Edinburgh Castle in June 1861.
fuday | Tunnels under the Cliff | telegraph history | the cable station at Porthcurno | the cable engineers, the operators who lived in the valley and the families of the village | the sandy cove of Porthcurno in west Cornwall | 1870 to 1941 | the cable landed on the beach; the training of operators; the tunnels dug into the rock in wartime | Porthcurno mattered because it was hidden, which is why the cables came there | the station was chosen only because the sand was soft | The first submarine cable was landed at Porthcurno in 1870. | Tunnels were cut into the rock at Porthcurno to protect the station in 1940 and 1941.
fuday | Five Keys | telegraph history | Emile Baudot's printing telegraph | the engineer Emile Baudot, the operators who learned his keyboard and the French telegraph administration | the central telegraph office in Paris | 1874 to 1877 | the five-key keyboard played in rhythm; the sharing of one wire among several operators; the code that outlived the machine | Baudot's code lasted because it fixed the length of every character | the code was only a small step beyond earlier systems | Emile Baudot patented his printing telegraph in 1874. | The French telegraph administration adopted Baudot's system in 1877.
fuday | A Club Founded before the War | radio history | the London Wireless Club | the schoolboys and engineers who met to talk about wireless, the Post Office inspectors and the editors of the hobby press | rented rooms in central London | 1913 to 1922 | the first meeting of amateur experimenters; the closing of amateur stations during the war; the new name after the war | the club survived the war because its members became the army's wireless men | the club was a hobby group that happened to survive | The London Wireless Club was founded in July 1913. | The London Wireless Club became the Radio Society of Great Britain in 1922.
fuday | Signals Heard in Ayrshire | amateur radio history | the transatlantic tests by amateurs | the American listener Paul Godley, the amateur operators of New England and the French amateur Leon Deloy | a field at Ardrossan on the Ayrshire coast | 1921 to 1923 | the receiver set up in a tent by the shore; the short waves that everyone had written off; the first two-way contact | amateurs crossed the ocean because they were allowed only the short waves that experts despised | amateurs only followed where the professionals had already gone | Paul Godley heard American amateur signals at Ardrossan in December 1921. | Amateur stations in France and New England made the first two-way contact across the Atlantic in November 1923.
fuday | Election Night in a Garage | radio history | the first scheduled broadcasts from KDKA | the Westinghouse engineer Frank Conrad, the company's managers and the listeners with home-made sets | a garage in Wilkinsburg and a shed on the roof of the Westinghouse works near Pittsburgh | 1916 to 1920 | the amateur station that played gramophone records; the department store that sold receivers to hear it; the election returns read out in November 1920 | regular broadcasting began because a company wanted to sell receivers, not because anyone planned a public service | KDKA was simply the first station to get lucky with publicity | Frank Conrad's experimental station was licensed as 8XK in 1916. | KDKA broadcast the results of the presidential election in November 1920.
fuday | A Hiss from the Sky | radio astronomy history | Karl Jansky's radio noise | the telephone engineer Karl Jansky, his turning aerial and the amateur Grote Reber | the field station of Bell Laboratories in New Jersey | 1932 to 1937 | the aerial turned on car wheels; the hiss that came back each day four minutes earlier; the backyard dish that followed | Jansky found the galaxy's radio noise because he was paid to track down interference | Jansky's discovery was ignored because it was useless | Karl Jansky traced a steady hiss to the Milky Way in 1932. | Grote Reber built a dish aerial in his garden in Wheaton, Illinois, in 1937.
fuday | Waves in a Town Hall | radio history | Jagadish Chandra Bose's experiments with short waves | the physicist Jagadish Chandra Bose, his audience in Calcutta and the colonial officials who ran his college | the Town Hall and the Presidency College in Calcutta | 1895 to 1917 | the short waves that rang a bell across a hall; the detector made of galena; the refusal to take out patents | Bose mattered because he worked with very short waves long before others took them up | Bose's demonstration was a showpiece with no lasting effect | Jagadish Chandra Bose demonstrated signalling with short waves in Calcutta in 1895. | Jagadish Chandra Bose was knighted in 1917.
fuday | A Tower on Long Island | radio history | Nikola Tesla's tower at Wardenclyffe | the inventor Nikola Tesla, his banker backer and the men who raised the tower | the site at Wardenclyffe on Long Island | 1901 to 1917 | the plan to send power and messages through the earth; the funds that dried up; the tower pulled down | Wardenclyffe failed because its promises outran any test of them | Tesla was ruined by rivals and bankers | Nikola Tesla began building his tower at Wardenclyffe on Long Island in 1901. | The tower at Wardenclyffe was demolished in 1917.
killegray | Rhododendrons and a Prison | plant hunting | Joseph Hooker's journeys in Sikkim | the botanist Joseph Hooker, the Darjeeling official Archibald Campbell and the Sikkim court | the valleys and passes of Sikkim | 1848 to 1849 | the climbs into the high valleys; the rhododendron seed sent home; the imprisonment of the two travellers | Hooker's rhododendrons reached gardens because he sent seed rather than plants | Hooker was a spy for the Indian government more than a botanist | Joseph Hooker collected rhododendrons in Sikkim in 1848 and 1849. | The raja's officials held Hooker and Campbell prisoner in November 1849.
killegray | An Escape in the Mekong Valley | plant hunting | George Forrest's escape from Tsekou | the plant collector George Forrest, the missionaries at Tsekou and the lamas who attacked the mission | the upper Mekong valley in south-west China | 1904 to 1932 | the first years collecting for a cotton broker; the flight through the gorges; the thousands of specimens sent home afterwards | Forrest collected so much because he trained local collectors, not because of his daring | Forrest's fame rests on the adventure rather than the plants | Lamas attacked the mission at Tsekou where George Forrest was staying in July 1905. | George Forrest died near Tengyueh in January 1932.
killegray | A Lily and a Broken Leg | plant hunting | the regal lily | the collector Ernest Wilson, his porters and the Arnold Arboretum that paid for the journey | the valley of the Min river in western China | 1903 to 1910 | the first sighting of the lily in a dry valley; the rock fall that broke his leg; the bulbs packed in clay for the voyage | the regal lily reached gardens because Wilson sent bulbs back after his injury | the lily would soon have been found by someone else | Ernest Wilson first saw the regal lily in the Min valley in 1903. | A rock fall broke Ernest Wilson's leg in the Min valley in September 1910.
killegray | The Blue Poppy | plant hunting | the blue poppy | the collector Frank Kingdon-Ward, his companion Lord Cawdor and the gardeners who raised the seed | the gorges of the Tsangpo in south-east Tibet | 1924 to 1926 | the journey through the gorges; the seed gathered in autumn; the show that made the poppy famous | the blue poppy succeeded because its seed was gathered in quantity | Kingdon-Ward took credit for a plant others had found before him | Frank Kingdon-Ward collected seed of the blue poppy in south-east Tibet in 1924. | The blue poppy caused a sensation at a London flower show in 1926.
killegray | A Garden by the River | garden history | the founding of the Chelsea Physic Garden | the apothecaries of London, the physician Hans Sloane and the gardener Philip Miller | the riverside ground at Chelsea | 1673 to 1722 | the apprentices taught to recognise medicinal plants; the lease that saved the garden; the seeds sent out to other gardens | the garden survived because it was useful to a trade, not because it was beautiful | the garden was kept alive by Sloane's generosity alone | The London apothecaries founded their garden at Chelsea in 1673. | Hans Sloane granted the Chelsea garden to the Apothecaries for five pounds a year in 1722.
killegray | A Fir for the Timber Trade | plant hunting | David Douglas's journeys | the Scottish collector David Douglas, the Hudson's Bay traders and the peoples of the Columbia | the forests along the Columbia in the Pacific north-west | 1825 to 1834 | the long journeys by canoe and on foot; the seed of the great firs sent home; his death in a pit trap in Hawaii | Douglas changed British forestry because he sent seed of trees that grew fast | Douglas was a reckless traveller who lost more than he found | David Douglas sent seed of the Douglas fir to Britain in 1827. | David Douglas died in a cattle pit on Hawaii in July 1834.
killegray | A Sweet Pea with Frills | horticultural history | the Spencer sweet pea | the gardener Silas Cole, the earl at Althorp and the breeder Henry Eckford | the gardens at Althorp in Northamptonshire | 1888 to 1911 | the large flowers bred by earlier nurserymen; the frilled seedling found at Althorp; the craze for exhibiting | the Spencer sweet pea came from a gardener's eye for a chance seedling, not from planned breeding | the frilled pea was a passing fad | Henry Eckford moved his sweet pea nursery to Wem in Shropshire in 1888. | Silas Cole showed the frilled Countess Spencer sweet pea in London in 1901.
killegray | Pips in a Cottage Garden | horticultural history | the Bramley apple | the girl Mary Ann Brailsford, the butcher Matthew Bramley and the nurseryman Henry Merryweather | a cottage garden in Southwell, Nottinghamshire | 1809 to 1856 | the pips planted by a girl; the tree that came with the cottage; the cuttings taken by a young nurseryman | the Bramley succeeded because a nurseryman saw what a cook would want | the apple would have been forgotten without a lucky name | Mary Ann Brailsford planted the pips of the first Bramley tree at Southwell around 1809. | Henry Merryweather took cuttings from the Southwell tree in 1856.
killegray | A Brewer's Apple | horticultural history | Cox's Orange Pippin | the retired brewer Richard Cox, the nurserymen of Slough and the fruit growers of Kent | a garden at Colnbrook near Slough | 1830 to 1850 | the seedling raised from a pip; the sale to the trade; the fussiness that made it hard to grow | Cox's apple became the English favourite despite being hard to grow, because its flavour won | the apple's fame is mere nostalgia | Richard Cox raised the apple at Colnbrook around 1830. | The nurseryman Charles Turner offered Cox's Orange Pippin to the trade around 1850.
killegray | The King's Gardener | garden history | the Tradescants' garden and cabinet | John Tradescant the elder, his son John and the collector Elias Ashmole | the Ark, their house and garden across the river from Westminster | 1630 to 1683 | the plants brought back from travels; the cabinet of curiosities shown to visitors; the passing of the collection to Ashmole | the Tradescants are remembered through Ashmole's museum, which is why their gardening is half forgotten | Ashmole simply stole the collection | John Tradescant the elder was appointed keeper of the king's gardens at Oatlands in 1630. | The Ashmolean Museum opened in Oxford in 1683.
killegray | A Physic Garden at Oxford | garden history | the founding of the Oxford physic garden | the Earl of Danby, the keeper Jacob Bobart and the professors of botany | the meadow by the Cherwell at Oxford | 1621 to 1642 | the raising of the ground above floods; the gateway and walls; the first keeper's plantings | the Oxford garden lasted because it had a keeper who lived in it | the garden was a nobleman's monument with little use | The Earl of Danby founded the physic garden at Oxford in 1621. | Jacob Bobart the elder became keeper of the Oxford garden in 1642.
killegray | The Railway Weed | botanical history | the spread of Oxford ragwort | the botanists who watched it escape, the railway builders and the cinders of the tracks | the walls of Oxford and the railway lines beyond | 1794 to 1844 | the escape from the garden onto the college walls; the railway ballast that suited it; its spread across the country | Oxford ragwort spread because the railways made a long dry home for it | the ragwort spread on the wind alone | Oxford ragwort was recorded growing on walls in Oxford in 1794. | The railway reached Oxford in 1844.
killegray | The Oldest Garden | garden history | the botanic garden at Padua | the Venetian senate, the professors of the university and the gardeners who tended the beds | the walled circle of the garden in Padua | 1545 to 1997 | the circle divided into beds; the wall built to stop thefts; the old trees still standing | Padua's garden survived because the university used it for teaching every year | the garden's age is its only distinction | The Venetian senate founded the botanic garden at Padua in 1545. | The botanic garden at Padua was placed on the World Heritage List in 1997.
killegray | Spices for an Island | economic botany | Pierre Poivre's spice plants | the intendant Pierre Poivre, the sailors who collected the plants and the gardeners of Pamplemousses | the garden at Pamplemousses on Mauritius | 1767 to 1770 | the Dutch monopoly on the finest spices; the voyages to collect living plants; the garden where they were raised | Poivre broke the spice monopoly because he collected living plants, not seeds | the smuggled plants never made money | Pierre Poivre became intendant of the Isle de France in 1767. | Pierre Poivre's agents brought living spice plants to Mauritius in 1770.
killegray | An Orchid in the Packing | plant history | the flowering of Cattleya labiata | the collector William Cattley, the naturalist who sent the packing from Brazil and the botanist John Lindley | a glasshouse in Hertfordshire | 1817 to 1821 | the plants used to pack other specimens; the flower that opened in a private glasshouse; a new genus named in the grower's honour | the orchid craze began with an accident that a careful grower noticed | the story of the packing is a legend | William Cattley's orchid flowered in his glasshouse in November 1818. | John Lindley named the genus Cattleya in 1821.
killegray | Rust on the Leaves | economic botany | the coffee rust in Ceylon | the coffee planters of Ceylon, the mycologist Harry Marshall Ward and the tea planter James Taylor | the hill estates of Ceylon | 1867 to 1880 | the first orange spots on the leaves; the scientist sent to study the disease; the change from coffee to tea | Ceylon's planters turned to tea because the rust left them no choice | tea was already winning before the rust came | James Taylor planted tea commercially at Loolecondera in Ceylon in 1867. | Coffee leaf rust was first recorded in Ceylon in 1869.
killegray | A Pine in a Canyon | botanical history | the Wollemi pine | the ranger David Noble, the botanists who named the tree and the growers who propagated it | a deep canyon west of Sydney in the Blue Mountains | 1994 to 2005 | the find in a hidden canyon; the secrecy about its location; the sale of young trees to the public | the Wollemi pine was saved by propagation for sale rather than by secrecy alone | the sale of the pine cheapened a scientific treasure | David Noble found the Wollemi pine in a canyon in the Blue Mountains in September 1994. | Young Wollemi pines were first sold to the public in 2005.
killegray | Gardens in a Clay Pit | garden history | the Eden Project | the gardener Tim Smit, the architects and engineers and the clay workers of mid Cornwall | a worked-out china clay pit near St Austell | 1990 to 2001 | the restoration of a lost garden that came first; the domes built over a clay pit; the visitors who came in millions | Eden worked because it was marketed as a day out, not as a botanic garden | Eden is a theme park with plants | Tim Smit began restoring the Lost Gardens of Heligan in 1990. | The Eden Project opened near St Austell in March 2001.
killegray | A Giant in the Seed List | botanical history | giant hogweed in Britain | the Victorian gardeners who grew it, the botanists who watched it escape and the councils that now try to remove it | the riverbanks of Britain | 1817 to 1981 | the seed offered to gardeners; the escape along rivers; the burns that turned a curiosity into a pest | giant hogweed became a pest because it was planted as a showpiece beside water | hogweed spread on its own without help | Giant hogweed first appeared in a British seed list in 1817. | The Wildlife and Countryside Act of 1981 made it an offence to plant giant hogweed in the wild.
"""

SCHOLARS = ["Attenborrow", "Blatherwick", "Dewhirst", "Gaukroger", "Kitchingman", "Lazenby", "Nettleship",
            "Scatcherd", "Waddington", "Ackerley", "Whitworth", "Calverley", "Duxbury", "Inskip", "Noakes", "Rimmer",
            "Trickett", "Yarwood", "Cropper", "Goodhew", "Kibble", "Northrop"]

OPENING = [
    "Raise {x} over dinner and every guest offers a different half-memory.",
    "I once believed {x} was a settled matter.",
    "Textbooks spend a paragraph on {x}; its archives could fill a room.",
    "{X} was never meant to become famous, which is partly why it did.",
    "Short histories wrap up {x} in three brisk sentences.",
    "My route into {x} ran sideways, via a footnote in a dusty catalogue.",
    "The standard summary of {x} is crisp, confident and a little off.",
    "One evening a friend asked me about {x}, and my answer fell apart as I gave it.",
    "Every round-number anniversary drags {x} back into the light without explaining it.",
    "Two stories about {x} circulate: the tidy one and the documented one.",
    "{X} grows stranger the longer you stare at it.",
    "A surprising amount of lore about {x} started with people who wanted to win an argument.",
]
FRAME = [
    "The scene, nearly throughout, is {setting}.",
    "Its cast is {people}.",
    "I stay mostly inside {period}, straying only briefly.",
    "When the record goes quiet, I shall admit it.",
    "Getting events in the right order matters here.",
    "Not every knot gets untied by the end.",
]
ROADMAP = [
    "{S1} comes first, {s2} second, and the toughest objection waits near the end.",
    "Each section puts one beam of the received story under load.",
    "We go forward in time, apart from one short excursion.",
    "{S1} takes up most space, because its paperwork is thickest.",
    "Dissenting readers are heard out before I conclude.",
]
QUESTION_LEAD = [
    "Beneath it all sits a single query: {question}",
    "I keep circling one puzzle: {question}",
    "Stripped down, my question runs: {question}",
    "All of this aims at one issue: {question}",
]
QUESTIONS = ["what did {x} really change?",
             "how free were {people} to choose?",
             "why does the simple version of {x} refuse to die?",
             "would {setting} be different today had the outcome flipped?"]
CLAIM_THESIS = [
    "My argument runs like this: {thesis}.",
    "What I want to show is that {thesis}.",
    "Read without prejudice, the surviving material says that {thesis}.",
    "Bluntly, {thesis}.",
    "{S1}, {s2} and {s3}, considered jointly, show that {thesis}.",
    "Careful readers will have to concede that {thesis}.",
    "Before the end I aim to persuade you that {thesis}.",
    "The soundest witnesses converge here: {thesis}.",
]
CONTEXT = [
    "Nothing here sprang up overnight.",
    "Foundations had gone in years before.",
    "{People} were boxed in more tightly than later writers admit.",
    "Nobody then knew which version would stick.",
    "Purse strings and routine weighed as heavily as inspiration.",
    "Its first chroniclers had their own standing to protect.",
    "{Scholar} finds the seeds a generation further back.",
    "Much surviving paper was produced in {setting}.",
    "The sequence is clear enough; the motives are murky.",
    "Cash, climate and mileage governed every move.",
    "Written rules and daily habit pulled in different directions.",
    "Every observer caught only a sliver of the scene.",
]
NAMING = [
    "First, something on the name {x} itself.",
    "Contemporaries used another vocabulary entirely.",
    "{People} had words for themselves that ring oddly today.",
    "Present-day terms below are shorthand only.",
    "Calling it {x} already tilts the scales.",
    "Hardly any word in this area is innocent.",
]
RECORD = [
    "Our knowledge of {x} leans on three sorts of document.",
    "Formal records from {setting} note actions and seldom motives.",
    "Correspondence among {people} is vivid yet private.",
    "Early press coverage of {x} was fast and unreliable.",
    "Recollections penned long afterwards add colour and decide little.",
    "The ground, where it survives, lets us check the written claims.",
]
CAST = [
    "So who took part in {x}?",
    "{People} pulled in several directions.",
    "Few of them wrote anything down.",
    "{Scholar} rightly spends as long on the bit players as on the stars.",
    "Orders from a distance hemmed in those on the ground.",
]
STRAND_IN = [
    "Let us start with {s}.",
    "The thickest files deal with {s}.",
    "{S} is easily skipped, wrongly.",
    "No honest account can dodge {s}.",
    "Oddly, {s} rarely detains historians for long.",
    "Then there is {s}.",
    "Much depends on {s}.",
    "{S} deserves an unhurried look.",
    "In parallel ran {s}.",
    "The paper trail is longest for {s}.",
]
POINT = [
    "The narratives of {s} are hedged with maybes.",
    "Early descriptions of {s} smoothed away its awkward corners.",
    "Hindsight makes {s} look inevitable; at the time it felt like a throw of the dice.",
    "{Scholar} approaches {s} through account books and calendars.",
    "The most vocal commentators on {s} were often the worst informed.",
    "{S} happened in plain sight, and hardly anyone protested.",
    "{People} could not agree about {s}.",
    "Any figure for {s} reflects the habits of whoever compiled it.",
    "Large parts of {s} unfolded out of any superior's sight.",
    "Several versions of {s} were written partly to even old grudges.",
    "Knowing {setting} intimately gave {s} a shape strangers overlooked.",
    "Small print about {s}, like invoices and postponements, is the most revealing.",
    "Gossip about {s} moved faster than facts.",
    "Slow news during {s} changed what people could do.",
    "A surprising number of claims about {s} descend from one reminiscence.",
    "After {s} started, there was no easy way back.",
]
NUMBERS = [
    "{Scholar} ({year}) went through {num} cases; roughly {pct} in each hundred involved {s}.",
    "Among {num} letters that {Scholar} listed, nearly {pct} per cent make mention of {s}.",
    "{Scholar} ({year}) credits {s} with something like {pct} per cent of the result.",
    "In {year} {Scholar} worked through {num} bundles of papers, and {s} turns up in almost all.",
    "{Scholar} ({year}) compared {num} parallel episodes and found {s} in nearly each.",
    "{Scholar} admits her sample is small but stands by her reading of {s}.",
    "On {Scholar}'s reckoning ({year}), {s} accounts for roughly {pct} per cent.",
    "{Scholar} distrusts the sources on which older studies of {s} depended.",
]
CASES = [
    "{Scholar} reconstructs everything from one household's post.",
    "Across {setting}, {people} handled {s} by making do.",
    "The same outline can be traced far from {setting}.",
    "{S} was ordinary for its day.",
    "This shape repeats throughout {period}.",
    "{People} returned to it in old age.",
    "More instances of {s} are not hard to collect.",
]
LINK_BACK = [
    "In miniature, {s} already hints that {thesis}.",
    "A single example decides nothing, though {s} fits badly with the received picture.",
    "Without {s}, the whole sequence stalls.",
    "Here again {s} supports my claim that {thesis}.",
    "People inside {s} felt a gulf where the paperwork shows a crack.",
    "Should my reading of {s} be wrong, another explanation is needed.",
    "Pull {s} out of the story and the usual conclusions lose their footing.",
]
PIVOT = ["Then {s} intervened, and nothing stayed put.", "Next, {s} took over.",
         "Everything now turned on {s}.", "{S} altered the rules for everyone."]
CITE_LEAD = [
    "{Scholar} catches {setting} in one line:",
    "Decades on, a person who grew up in {setting} put it thus:",
    "In a talk on {x} given in {year}, one speaker said:",
    "{Scholar} writes of {s} without mincing words:",
    "{Scholar} is sharpest when she turns to {s}:",
]
CITED = [
    "We were too busy with {s} to notice we were in a story.",
    "{X} lasted a season, not a day, whatever the paintings say.",
    "Anyone who reads the whole file on {s} comes away less surprised.",
    "Every telling of {x} since has borrowed a little and invented a little.",
    "An invoice about {s} is worth ten colourful memoirs.",
    "Take away the heroes and {x} is a story about paperwork and patience.",
]
CITE_AFTER = [
    "Neat, certainly, but not unfair.",
    "One voice only, though it came from near the centre.",
    "It cost her something to write that, and the cost gives it weight.",
    "The specifics have faded; the judgement stands.",
]
CITE_AFTER2 = [
    "{People} make similar remarks in their letters.",
    "Nobody at the time thought {s} needed explaining.",
    "It has never been checked beyond {setting}.",
    "Its chief use is as evidence about {s}.",
    "General books on {x} omit it.",
]
LIST_INTRO = [
    "In the places where {x} caused least damage, the same few things recur:",
    "Whenever {people} came through well, several features were usually present:",
    "{Setting} would have been better served by:",
    "The happier results in {setting} tended to share:",
]
LIST_POINT = [
    "early understanding of {s} by those in charge",
    "genuine discussion of {s} with {people}",
    "prompt mending whenever {s} went wrong",
    "independent checks on {s}",
    "a dry run of {s} in advance",
    "realistic budgets for {s}",
]
LIST_EXTRA = ["funds for {x} that were safe from recall", "an official who could call off {x} at once",
              "a decent record office for {x}", "a set day for reconsidering {x}"]
COMPARE = [
    "Set among its neighbours, {x} seems ordinary enough.",
    "Other communities under the same squeeze made opposite choices.",
    "Early conversations with {people} usually took the heat out of things.",
    "Parallels stop working at {s2}, which was without precedent.",
    "Until very late, the result in {setting} was anybody's guess.",
    "Open criticism of {x}, where allowed, seems to have softened the outcome.",
]
COUNTERFACT = [
    "Imagine, for a moment, a different result for {s2}.",
    "Playing this game proves nothing, though it does show which beams hold the roof up.",
    "Had {s1} never happened, nobody could chart what {setting} would have seen.",
    "{People} would then have met problems nobody had prepared for.",
    "Carried too far, such musing turns hard facts into options.",
]
LEGACY = [
    "{X} finished, but its consequences kept going.",
    "For a generation, the memory of {x} coloured decisions in {setting}.",
    "{People} told the story their own way to children and grandchildren.",
    "Every later inquiry drifted back to {s3}.",
    "Each anniversary of {x} produces new versions, each slightly warped.",
    "Many neat lessons taken from {x} crumble when rechecked.",
]
DOUBT = [
    "Against this, it could be said that {rival}.",
    "The strongest competing view is that {rival}.",
    "Certain experts reply that {rival}.",
    "A doubter would say that {rival}.",
    "A few letters, read sympathetically, suggest that {rival}.",
]
DOUBT_MORE = [
    "{People} would have known that argument well.",
    "It has able defenders and needs answering.",
    "{Scholar2} ({year2}) gives it a full chapter.",
    "The point has force: whatever was settled during {x}, someone bore the cost.",
]
ANSWER = [
    "Even so, the records of {setting} point elsewhere.",
    "On {s2}, though, it stays mute.",
    "It also smuggles in the conclusion it wants about {x}.",
    "That version leaves {x} neater than the evidence permits.",
    "If that were right, everywhere resembling {setting} would have ended up alike.",
    "Among {people} there were certainly losers; that their losses were decisive has never been shown.",
]
CLOSE_FIRST = [
    "In short, {thesis}.",
    "Read together, the sources favour one account of {x}.",
    "The debate over {x} has plenty of life left in it.",
    "Where, then, does that leave {x}?",
    "The separate strands of evidence converge: {thesis}.",
    "Once the legend is scraped off, one judgement about {x} is left standing.",
    "{X} keeps getting flattened into a catchphrase nobody tests.",
]
CLOSE_MID = [
    "{S1}, {s2} and {s3} each explain a little; combined, they account for the greater part.",
    "A few writers still maintain that {rival}; the documents disagree.",
    "This case rests on small facts about {s1} rather than on grand theory.",
    "Everyone who first quarrelled about {x} is dead; their disagreement outlived them.",
    "Unsorted boxes in {setting} could still alter a detail or two.",
    "Shorn of its legends, {x} is only as large as its evidence.",
]
CLOSE_LAST = [
    "{People} were still paying for it when the press had lost interest.",
    "The next step should be a closer look at {setting} and its hinterland.",
    "Those in charge of {x} always had alternatives.",
    "What {x} reveals is routines and institutions, not villains.",
    "{X} needs retelling, and more carefully than before.",
    "{X} sits more comfortably in a different chapter from the one it usually gets.",
    "{X} is finally a story about {people}, not about its famous names.",
]
HD_BACK = ["The background", "Before it began", "How matters stood", "The approach", "Beginnings", "What came before"]
HD_NAMING = ["Naming", "Vocabulary", "Labels"]
HD_RECORD = ["The evidence", "What survives", "Records"]
HD_CAST = ["The people", "Who was involved", "Those involved"]
HD_STRAND = ["{S}", "About {s}", "Looking at {s}", "{S} examined", "Then {s}", "On {s}"]
HD_COMPARE = ["Parallels", "Elsewhere", "Comparable cases"]
HD_COUNTER = ["What if", "Other outcomes", "Had it gone differently"]
HD_LEGACY = ["Afterwards", "What followed", "Later years"]
HD_DOUBT = ["Objections", "A rival view", "The other side", "Replying to critics", "Another reading", "Doubts"]
HD_CLOSE = ["Conclusion", "To finish", "Final thoughts", "Taking stock", "Verdict"]

# Latest year an invented study may carry, per host: each lies before the host's own pages were written.
LATEST_STUDY = {"taransay": 2011, "vallay": 2002, "fuday": 2002, "killegray": 2018}
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
    """One try at an essay on `card`.

    Shape: an opening paragraph that names x at once and states the thesis last, perhaps with a scene, a route
    map or a question in between; a context paragraph with fact one from the card (and its second, unless the
    second strand claims it); at times a paragraph about names, sources or people; a pair or trio of strands, each in a paragraph
    or two, sometimes after a short turn and sometimes trailed by a quoted passage or a bulleted run;
    optionally parallels, a counterfactual or the consequences; the rival view and a reply; and a close whose final
    sentence mentions x, its people or its setting. Headings on a coin toss; no essay reuses a pattern."""
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
                     pct=rng.choice([9, 12, 16, 21, 24, 29, 34, 37, 43, 48, 52, 57, 63, 68]),
                     num=rng.choice([14, 19, 23, 31, 39, 46, 52, 67, 74, 93, 118, 146]))
        return pattern.format(**slots, **extra)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    def with_card(pool: list[str], k: int) -> list[str]:
        # pattern 0 of such pools mentions x or the like, tying the paragraph to one essay only
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
    back = [fill(take(CONTEXT)), card["facts"][0]] + [fill(take(CONTEXT)) for _ in range(rng.randint(1, 2))]
    later = [card["facts"][1]]
    if rng.random() < 0.5:
        back.insert(rng.randint(2, len(back)), later.pop())
    blocks.append(para(*back))
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
                domain=card["id"], url="-", earlier="", card=card, thesis=thesis, opener=opener,
                objection=objection, answer=answer, last=last, mids=mids, figures=figures, leads=leads,
                links=links, points=points, headed=headed, parts=parts)


def make_essay(card: dict, seed: int) -> dict:
    """Redraws with fresh seeded generators until the essay's length falls inside WORDS_MIN..WORDS_MAX."""
    for attempt in range(200):
        essay = draft_essay(card, random.Random(f"set33:{seed}:essay:{card['id']}:{attempt}"))
        if WORDS_MIN <= essay["words"] <= WORDS_MAX:
            essay["attempt"] = attempt
            return essay
    raise SystemExit(f"no draft of {card['id']} fits {WORDS_MIN}-{WORDS_MAX} words")


# ------------------------------------------------------------------------------------------ shared by the hosts

ESSAYS_BY_TITLE: dict[str, dict] = {}  # title -> essay, filled by main(); the related boxes quote from it
ESSAY_PAGES: dict[str, list[int]] = {}  # host -> numbers of its pages with essays on them
SITE_TITLES: dict[str, list[str]] = {}  # host -> titles, sorted as the pages run
SEED = 2033  # replaced by main(); decides which pages carry the scarcer blocks


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def only_in(text: str, title: str) -> bool:
    """True when `text` belongs to `title`'s essay and to none of the others picked."""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def _quoted(title: str, sentence: str) -> str:
    assert any(sentence in p for p in paragraphs_of(title)) and only_in(sentence, title), (title, sentence)
    return sentence


def answer_of(title: str) -> str:
    """Opening line of the rebuttal that answers the rival view."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["answer"])


def second_point_of(title: str) -> str:
    """Strand two's first comment after its lead sentence."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["points"][1])


def last_link_of(title: str) -> str:
    """Closing link-back of the last strand."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["links"][-1])


def closing_mid_of(title: str) -> str:
    """Second sentence of the close."""
    return _quoted(title, ESSAYS_BY_TITLE[title]["mids"][0])


class Page(g2.Page):
    """Subclass of set 2's page, knowing its host, its card and its siblings' titles."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.site = site
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.card = essay["card"]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})


class IndexPage:
    """Essayless page in a host's template, listing or naming the essays only."""

    def __init__(self, site: str, index: int, site_titles: list[str], rng: random.Random, kind: str):
        self.site, self.index, self.rng, self.kind = site, index, rng, kind
        self.site_titles = list(site_titles)

    def truth(self) -> str:
        return "site:\nno_essay: true\n---\n"


def _drawn(site: str, role: str, count: int) -> list[int]:
    return sorted(random.Random(f"set33:{SEED}:{site}:{role}").sample(ESSAY_PAGES[site], count))


def carries(site: str, role: str, count: int, page: Page) -> bool:
    """Whether the seed placed `role` on this page (it goes on `count` essay pages in all)."""
    return page.index in _drawn(site, role, count)


def rank_of(site: str, role: str, count: int, page: Page) -> int | None:
    """Index of this page within the ascending pick for `role`; None if left out."""
    chosen = _drawn(site, role, count)
    return chosen.index(page.index) if page.index in chosen else None


def placed_before(site: str, role: str, page: Page) -> bool:
    """Decides by a seeded reshuffle whether the roving block precedes the text here (on half the essay pages, rounded up)."""
    order = list(ESSAY_PAGES[site])
    random.Random(f"set33:{SEED}:{site}:{role}:first").shuffle(order)
    return page.index in order[:(len(order) + 1) // 2]


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Puts `piece` at `pos`, stepping back above any subhead or colon-terminated lead-in; position one at minimum."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, object]]:
    """(kind, markup) pairs for the visible blocks; a paragraph that stops on a colon is filed as a "lead"."""
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
    """Shifts every year in the page's references back by one amount, so that none passes `latest`."""
    shift = max(0, 2023 - latest)
    move = lambda text: re.sub(r", (\d{4})(?=[.,])", lambda m: f", {int(m.group(1)) - shift}", text)
    p.refs = [(move(plain), move(markup)) for plain, markup in p.refs]


def uk_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# ---- 1. taransay: an astronomical society's Drupal site, articles pasted in from a Google document, 2013 -------

TA_SOC = "Wrexhope Astronomical Society"
TA_SLOGAN = "Looking up from Wrexhope since 1968 \u00b7 dark-sky evenings on Kellingmoor Common"
TA_MENU = ["Home", "Meetings", "Observing", "Members' articles", "Telescope loans", "Join"]
TA_MEMBERS = [("Colin", "Scarisbrick", "cscarisbrick"), ("Brenda", "Brotherton", "brendab"), ("Ian", "Pownall", "ipownall"),
              ("Gwen", "Ollerton", "gwen.o"), ("Martin", "Vickers", "mvickers"), ("Sheila", "Bramhall", "sbramhall"),
              ("Derek", "Ridings", "dridings"), ("Ruth", "Mellor", "ruthm")]
TA_COMMENTERS = ["bagshawe_j", "colclough", "escott.r", "farnworth", "hobday77", "liversidge_p"]
TA_COMMENTS = [
    "Thanks for typing this up. I had no idea how much of {x} came down to instruments and money.",
    "Good piece. Could we have it as a Friday talk next season?",
    "Read this on the bus and sailed past my stop, which says something.",
    "Enjoyed that. The part about {s} was news to me.",
    "One small quibble over a date, otherwise a cracking read.",
    "Keep them coming; the newsletter has been thin lately.",
    "I showed this to my grandson, who now wants a telescope for Christmas.",
]
TA_NOTES = [  # webmaster's bracketed insertions between pasted paragraphs
    "the slides for this piece sit in the members' area",
    "photographs taken out to keep the page quick to load; ask the author for copies",
    "a longer version was read at a Friday meeting and is on the club memory stick",
    "links in the original document have been removed",
    "the author welcomes corrections, by email or at a meeting",
]
TA_NOTICES = [
    "The telescope store will be shut on 2 March while the 10-inch moves to the new shed.",
    "Renewals for 2013 are now due: \u00a318 adults, \u00a39 juniors, payable at any meeting.",
    "Beginners' evening on Kellingmoor Common is off: the access track is flooded again.",
]
TA_COOKIE = ("A tiny marker left in your browser keeps members signed in here. Keep browsing if you are content "
             "with that.")
TA_CREDIT = "Members' articles express their authors' views, which are not necessarily the Society's."
TA_SKY_LABEL = "The sky this month, from our observing secretary:"
TA_SKY_MONTH = {
    1: "January evenings belong to Orion, high in the south by nine, with the Hyades and Pleiades riding above him.",
    2: "February keeps Orion and Gemini well placed after dark, and the winter Milky Way runs overhead through Auriga.",
    3: "By March Orion leans towards the west at nightfall while Leo climbs in the east with its sickle of stars.",
    4: "April brings the spring galaxies: Leo sits due south in mid-evening and the Plough stands nearly overhead.",
    5: "May nights are short and never fully dark here, but Arcturus shines orange in the south-east from ten.",
    6: "June skies barely darken; look north at midnight for the pale glow of the Sun below the horizon.",
    7: "July offers the summer triangle of Vega, Deneb and Altair, with the Milky Way rising through Cygnus.",
    8: "August is meteor month, and the summer triangle still dominates the view straight up after dark.",
    9: "September evenings return proper darkness, and the great square of Pegasus climbs the eastern sky.",
    10: "October sets Cassiopeia's W high overhead, with the Andromeda galaxy a misty patch just below it.",
    11: "November brings the Pleiades into the east at dusk, a sure sign that the winter stars are coming.",
    12: "December's long nights put Orion on show before midnight, with Sirius flashing low beneath him.",
}
TA_SKY_PLANET = [
    "{planet} is the brightest point in the {dir} after dark and rewards any telescope.",
    "{planet} hangs low in the {dir} at dusk; catch it before it sinks into the town's haze.",
    "Early risers get {planet}, climbing the {dir} sky in the hour before dawn.",
]
TA_SKY_MOON = "Full Moon falls on the {full}, so the best nights for faint objects come either side of the {new}."
TA_SKY_SESSION = ("Our next observing evening on Kellingmoor Common is {day}, from eight if the sky is clear; "
                  "look here after five for a go or no-go.")
TA_FONTS = ["Arial", "'Times New Roman'", "Calibri", "Georgia"]
TA_SPACING = [("1.2", "6pt", "6pt"), ("1.5", "3pt", "9pt"), ("1.8", "6pt", "0pt"), ("1.15", "4pt", "4pt")]


def ta_member(title: str) -> tuple[str, str, str]:
    return TA_MEMBERS[number("taransay", "member", title, mod=len(TA_MEMBERS))]


def ta_when(title: str):
    k = SITE_TITLES["taransay"].index(title)
    day = date(2012, 9, 3) + timedelta(days=19 * k + number("taransay", "day", title, mod=5))
    return day, 19 + number("taransay", "hour", title, mod=4), number("taransay", "min", title, mod=60)


def ta_stamp(day: date, hour: int, minute: int) -> str:
    return f"{day.strftime('%a')}, {day.strftime('%d/%m/%Y')} - {hour:02d}:{minute:02d}"


def ta_nid(title: str) -> int:
    return 212 + SITE_TITLES["taransay"].index(title) * 6 + number("taransay", "nid", title, mod=5)


def ta_url(title: str) -> str:
    return f"/articles/{slug(title)}"


def ta_head(title: str, nid: int | None) -> str:
    short = f'\n<link rel="shortlink" href="/node/{nid}" />' if nid else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" version="XHTML+RDFa 1.0" dir="ltr">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />{short}
<title>{esc(title)} | {TA_SOC}</title>
<style type="text/css" media="all">
@import url("https://wrexhope-astro.org.uk/modules/system/system.base.css?mhk2vq");
@import url("https://wrexhope-astro.org.uk/themes/bartik/css/layout.css?mhk2vq");
</style>
</head>"""


def ta_cookie_and_notice(page) -> tuple[str, str]:
    site = "taransay"
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            notice = (f'<div id="messages"><div class="section clearfix"><div class="messages status">'
                      f'<h2 class="element-invisible">Status message</h2>{esc(TA_NOTICES[turn])}</div></div></div>\n')
            page.clutter += [TA_NOTICES[turn], "Status message"]
        show = carries(site, "cookies", 12, page)
    else:
        show = True
    if show:
        cookie = (f'<div id="sliding-popup" class="sliding-popup-bottom"><div class="popup-content info">'
                  f'<div id="popup-text"><p>{esc(TA_COOKIE)}</p></div><div id="popup-buttons">'
                  f'<button type="button" class="agree-button">That\'s fine</button>'
                  f'<button type="button" class="find-more-button">Tell me more</button></div></div></div>\n')
        if isinstance(page, Page):
            page.clutter += [TA_COOKIE, "That's fine", "Tell me more"]
    return cookie, notice


def ta_frame(page, title: str, main: str, cookie: str, notice: str, side: str, body_class: str) -> str:
    menu = "".join(f'<li class="menu-{218 + 3 * k}{" first" if k == 0 else " last" if k == len(TA_MENU) - 1 else ""}">'
                   f'<a href="/{slug(n)}">{esc(n)}</a></li>' for k, n in enumerate(TA_MENU))
    return f"""<body class="html not-front not-logged-in one-sidebar sidebar-second {body_class}">
<div id="page-wrapper"><div id="page">
<div id="header" class="without-secondary-menu"><div class="section clearfix">
<a href="/" title="Home" rel="home" id="logo"><img src="/sites/default/files/was-logo.png" alt="Home" /></a>
<div id="name-and-slogan">
<div id="site-name"><strong><a href="/" title="Home" rel="home"><span>{TA_SOC}</span></a></strong></div>
<div id="site-slogan">{esc(TA_SLOGAN)}</div>
</div>
<div id="main-menu" class="navigation"><h2 class="element-invisible">Main menu</h2><ul id="main-menu-links" class="links clearfix">{menu}</ul></div>
</div></div>
{notice}<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="breadcrumb"><h2 class="element-invisible">You are here</h2><div class="breadcrumb"><a href="/">Home</a> \u00bb <a href="/members-articles">Members' articles</a></div></div>
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
<h1 class="title" id="page-title">{esc(title)}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
{main}
</div></div></div>
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
{side}<div id="block-block-3" class="block block-block"><h2>Next meeting</h2><div class="content"><p>Friday 14 June, 7.30pm: AGM and members' short talks, Amberstone Road Methodist hall. Visitors \u00a32.</p></div></div>
</div></div></div>
</div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer">
<div id="block-block-1" class="block block-block"><div class="content"><p>{TA_SOC} is registered charity no. 1047733. Pages kept by volunteers; <a href="/contact">write to the webmaster</a>.</p></div></div>
</div></div></div></div>
</div></div>
{cookie}</body>
</html>
"""


TA_FRAME_CLUTTER = [TA_SLOGAN, "Main menu", "You are here", "Members' articles",
                    "Telescope loans", "Next meeting",
                    "Friday 14 June, 7.30pm: AGM and members' short talks, Amberstone Road Methodist hall. Visitors \u00a32.",
                    f"{TA_SOC} is registered charity no. 1047733.", "Pages kept by volunteers;", "write to the webmaster"]


def ta_sky(title: str) -> str:
    day, _, _ = ta_when(title)
    full = 1 + number("taransay", "full", title, mod=28)
    new = (full + 14 - 1) % 28 + 1
    session = day + timedelta(days=6 + number("taransay", "session", title, mod=14))
    planet = ["Jupiter", "Saturn", "Venus", "Mars"][number("taransay", "planet", title, mod=4)]
    where = ["south", "east", "south-west", "west", "south-east"][number("taransay", "dir", title, mod=5)]
    line = TA_SKY_PLANET[number("taransay", "pline", title, mod=len(TA_SKY_PLANET))]
    return " ".join([TA_SKY_MONTH[day.month], line.format(planet=planet, dir=where),
                     TA_SKY_MOON.format(full=ordinal(full), new=ordinal(new)),
                     TA_SKY_SESSION.format(day=f"{session.strftime('%A')} {session.day} {session.strftime('%B')}")])


def docs_style(font: str, size: int, weight: int = 400, italic: bool = False) -> str:
    return (f"font-size:{size}pt;font-family:{font};color:#000000;background-color:transparent;font-weight:{weight};"
            f"font-style:{'italic' if italic else 'normal'};font-variant:normal;text-decoration:none;"
            f"vertical-align:baseline;white-space:pre-wrap;")


def curly(text: str) -> str:
    return esc(text).replace("'", "\u2019")


def taransay(p: Page) -> str:
    rng = p.rng
    site = "taransay"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2011)
    first, last, user = ta_member(p.title)
    nid = ta_nid(p.title)
    day, hour, minute = ta_when(p.title)
    font = TA_FONTS[number(site, "font", p.title, mod=len(TA_FONTS))]
    size = 11 if number(site, "size", p.title, mod=3) else 12
    docs_heads = number(site, "heads", p.title, mod=2) == 0  # otherwise bold-span paragraphs
    blank_lines = number(site, "blank", p.title, mod=3) != 0
    plain, italic = docs_style(font, size), docs_style(font, size, italic=True)
    lh, above, below = TA_SPACING[number(site, "spacing", p.title, mod=len(TA_SPACING))]
    geometry = f"line-height:{lh};margin-top:{above};margin-bottom:{below};"
    P_OPEN = f'<p dir="ltr" style="{geometry}">'

    def spans(text: str, style: str) -> str:
        words = text.split(" ")
        if len(words) > 9 and rng.random() < 0.3:
            k = rng.randint(3, len(words) - 3)
            return (f'<span style="{style}">{curly(" ".join(words[:k]))} </span>'
                    f'<span style="{style}">{curly(" ".join(words[k:]))}</span>')
        return f'<span style="{style}">{curly(text)}</span>'

    def heading(value: str) -> str:
        if docs_heads:
            return (f'<h2 dir="ltr" style="line-height:{lh};margin-top:18pt;margin-bottom:6pt;">'
                    f'<span style="{docs_style(font, 16)}">{curly(value)}</span></h2>')
        return (f'<p dir="ltr" style="line-height:{lh};margin-top:12pt;margin-bottom:{below};">'
                f'<span style="{docs_style(font, size, 700)}">{curly(value)}</span></p>')

    def para(value: str, k: int) -> str:
        return P_OPEN + spans(value, plain) + "</p>"

    def quote(value: str) -> str:
        return (f'<p dir="ltr" style="line-height:{lh};margin-left:36pt;margin-top:{above};margin-bottom:{below};">'
                + spans(value, italic) + "</p>")

    def listing(ordered: bool, items: list[str]) -> str:
        tag, kind = ("ol", "decimal") if ordered else ("ul", "disc")
        out = [f'<{tag} style="margin-top:0;margin-bottom:0;padding-inline-start:48px;">']
        for item in items:
            out.append(f'<li dir="ltr" style="list-style-type:{kind};{plain.replace("pre-wrap", "pre")}" aria-level="1">'
                       f'<p dir="ltr" style="line-height:{lh};margin-top:{above};margin-bottom:{below};" role="presentation">'
                       f'<span style="{plain}">{curly(item)}</span></p></li>')
        return "".join(out) + f"</{tag}>"

    pieces = shown_pieces(p, heading, para, quote, listing)
    n_essay = len(pieces)
    if carries(site, "remark", 12, p):
        said = f"[Webmaster: {rng.choice(TA_NOTES)}]"
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<p class="wm-note"><em>{esc(said)}</em></p>'))
        p.clutter.append(said)
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Slide {2 + number(site, 'slide', p.title, mod=9)} from the talk this article grew out of"
        else:
            sketch = day - timedelta(days=30 + number(site, "sketch", p.title, mod=200))
            caption = f"Sketch made at the eyepiece on Kellingmoor Common, {uk_date(sketch)}"
        piece = (f'{P_OPEN}<span style="{plain}"><img src="https://lh4.googleusercontent.com/{digest(site, "img", p.title, n=40)}" '
                 f'width="602" height="{300 + number(site, "h", p.title, mod=120)}" /></span></p>'
                 f'{P_OPEN}<span style="{italic}">{curly(caption)}</span></p>')
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("media", piece))
    if p.refs:
        pieces.append(("heading", heading("Books I found useful")))
        for _, mk in p.refs:
            parts = re.split(r"<i>(.*?)</i>", mk)
            inner = "".join(f'<span style="{italic if j % 2 else plain}">{bit}</span>' for j, bit in enumerate(parts) if bit)
            pieces.append(("refs", P_OPEN + inner + "</p>"))
    joiner = "\n<br />\n" if blank_lines else "\n"
    guid = digest(site, "guid", p.title, n=32)
    guid = f"{guid[:8]}-7fff-{guid[12:16]}-{guid[16:20]}-{guid[20:32]}"
    body = (f'<meta charset="utf-8" /><b id="docs-internal-guid-{guid}" style="font-weight:normal;">\n'
            + joiner.join(h for _, h in pieces) + "\n</b>" + ("<br />" if blank_lines else ""))
    length = f"{fmt_int(p.words)} words ({p.pages} {'side' if p.pages == 1 else 'sides'} of A4)"
    sky = ""
    if carries(site, "sky", 13, p):
        text = ta_sky(p.title)
        sky = (f'<aside class="field-sky-notes"><h3 class="field-label">{esc(TA_SKY_LABEL)}</h3>'
               f"<p>{esc(text)}</p></aside>\n")
        p.clutter += [TA_SKY_LABEL, text]
    early = placed_before(site, "sky", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="article-credit"><small>{esc(TA_CREDIT)}</small></p>\n'
        p.clutter.append(TA_CREDIT)
    reads = 40 + number(site, "reads", p.title, mod=900)
    submitted = f"Submitted by {user} on {ta_stamp(day, hour, minute)}"
    tag = cap(p.card["subject"])
    p.clutter += [submitted, "Written by:", f"{first} {last}", "Length:", length, "Tags:", tag, f"{reads} reads",
                  "Add new comment", *TA_FRAME_CLUTTER]
    comments = ""
    if carries(site, "comments", 7, p):
        out = []
        when = day
        for c in range(rng.randint(1, 3)):
            who = rng.choice(TA_COMMENTERS)
            when = when + timedelta(days=rng.randint(0, 4))
            text = rng.choice(TA_COMMENTS).format(x=p.card["x"], s=p.card["strands"][0])
            subject = text[:26].rsplit(" ", 1)[0] + "\u2026"
            stamp = ta_stamp(when, rng.randint(8, 22), rng.randint(0, 59))
            cid = nid * 3 + c
            out.append(f'<a id="comment-{cid}"></a>\n<div class="comment comment-by-anonymous clearfix"><div class="attribution">'
                       f'<p class="commenter-name"><span class="username">{esc(who)}</span> (not verified)</p>'
                       f'<p class="comment-time">{esc(stamp)}</p></div><div class="comment-text">'
                       f'<h3><a href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark">{esc(subject)}</a></h3>'
                       f'<div class="field-comment-body"><p>{esc(text)}</p></div></div></div>')
            p.clutter += [who, stamp, subject, text]
        comments = ('<div id="comments" class="comment-wrapper"><h2 class="title">Comments</h2>\n'
                    + "\n".join(out) + "\n</div>\n")
    order = SITE_TITLES[site]
    k = order.index(p.title)
    nav = []
    if k > 0:
        nav.append(f'<a href="{ta_url(order[k - 1])}" class="page-previous" title="Go to previous page">\u2039 {esc(order[k - 1])}</a>')
        p.clutter.append(order[k - 1])
    nav.append('<a href="/members-articles" class="page-up" title="Go to parent page">up</a>')
    if k < len(order) - 1:
        nav.append(f'<a href="{ta_url(order[k + 1])}" class="page-next" title="Go to next page">{esc(order[k + 1])} \u203a</a>')
        p.clutter.append(order[k + 1])
    related = ""
    for t in rng.sample(p.others, 3):
        line = answer_of(t)
        f_, l_, _ = ta_member(t)
        meta = f"{f_} {l_} \u00b7 {ta_when(t)[0].strftime('%B %Y')}"
        related += (f'<li><a href="{ta_url(t)}">{esc(t)}</a> <span class="meta">{esc(meta)}</span>'
                    f'<p class="pick"><strong>Quotable line:</strong> {esc(line)}</p></li>\n')
        p.clutter += [t, meta, line, "Quotable line:"]
    side = (f'<div id="block-block-9" class="block block-block"><h2>More members\' articles</h2>'
            f'<div class="content"><ul class="more-articles">\n{related}</ul></div></div>\n')
    p.clutter.append("More members' articles")
    cookie, notice = ta_cookie_and_notice(p)
    main = f"""<div id="node-{nid}" class="node node-article node-promoted clearfix" about="/node/{nid}" typeof="sioc:Item foaf:Document">
<div class="meta submitted"><span property="dc:date dc:created" content="{day.isoformat()}T{hour:02d}:{minute:02d}:00+00:00" datatype="xsd:dateTime">{esc(submitted)}</span></div>
<div class="content clearfix">
<div class="field-author"><span class="field-label">Written by:&nbsp;</span>{first} {last}</div>
<div class="field-length"><span class="field-label">Length:&nbsp;</span>{esc(length)}</div>
{sky if early else ""}<div class="field-body" property="content:encoded">{body}
</div>
{"" if early else sky}{credit}<h3 class="field-label">Tags:</h3><ul class="field-tags"><li><a href="/tags/{slug(tag)}">{esc(tag)}</a></li></ul>
</div>
<div class="link-wrapper"><ul class="links inline"><li class="statistics_counter first"><span>{reads} reads</span></li><li class="comment-add last"><a href="/comment/reply/{nid}#comment-form" title="Share your thoughts and opinions related to this posting.">Add new comment</a></li></ul></div>
<div id="book-navigation-212" class="book-navigation"><div class="page-links clearfix">{"".join(nav)}</div></div>
{comments}</div>"""
    return ta_head(p.title, nid) + "\n" + ta_frame(p, p.title, main, cookie, notice, side, f"page-node page-node-{nid} node-type-article")


def taransay_index(ix: IndexPage) -> str:
    """The season's meetings, or the list of members' articles."""
    cookie, notice = ta_cookie_and_notice(ix)
    side = ""
    if ix.kind == "meetings":
        talks = ["Getting started with binoculars", "Imaging the Sun safely", "Collimating a reflector without tears",
                 "What the Hubble deep fields show", "Members' night: show and tell"]
        rows = ""
        start = date(2012, 9, 7)
        for k in range(10):
            d = start + timedelta(days=28 * k)
            if k % 3 == 1:
                f_, l_, _ = TA_MEMBERS[(k * 3) % len(TA_MEMBERS)]
                subject = talks[(k // 3) % len(talks)]
            else:
                t = ix.site_titles[(k * 5) % len(ix.site_titles)]
                f_, l_, _ = ta_member(t)
                subject = cap(ESSAYS_BY_TITLE[t]["card"]["x"])
            rows += (f'<tr class="{"odd" if k % 2 == 0 else "even"}"><td>{d.strftime("%a")} {d.day} {d.strftime("%B %Y")}</td>'
                     f"<td>{esc(f_)} {esc(l_)}</td><td>{esc(subject)}</td></tr>\n")
        main = f"""<div class="node node-page clearfix"><div class="content clearfix"><div class="field-body">
<p>We meet on the first Friday of the month (usually) at 7.30pm in the Amberstone Road Methodist hall. Tea and biscuits at the interval; visitors pay \u00a32 on the door.</p>
<table class="sticky-enabled"><thead><tr><th>Date</th><th>Speaker</th><th>Subject</th></tr></thead><tbody>
{rows}</tbody></table>
<p>Several talks have been written up as members' articles, which you will find under that heading in the menu.</p>
</div></div></div>"""
        return ta_head("Meetings, 2012\u201313", None) + "\n" + ta_frame(ix, "Meetings, 2012\u201313", main, cookie, notice, side, "page-node node-type-page")
    rows = ""
    for t in reversed(ix.site_titles):
        f_, l_, _ = ta_member(t)
        d = ta_when(t)[0]
        rows += (f'<div class="article-row"><h3><a href="{ta_url(t)}">{esc(t)}</a></h3><p class="article-meta">'
                 f'{d.day} {d.strftime("%B %Y")} \u00b7 {esc(f_)} {esc(l_)} \u00b7 '
                 f'{40 + number("taransay", "reads", t, mod=900)} reads</p></div>\n')
    main = f"""<div class="article-list"><p class="intro">Write-ups of talks, observing reports and histories by members of the Society, newest first. Members can add their own after logging in.</p>
{rows}</div>"""
    return ta_head("Members' articles", None) + "\n" + ta_frame(ix, "Members' articles", main, cookie, notice, side, "page-members-articles")


# ---- 2. vallay: a field club's digitised Proceedings, printed page numbers left in the text, 2011 --------------

VA_CLUB = "Wealdmoor Natural History and Field Club"
VA_SHORT = "Proc. Wealdmoor Nat. Hist. Fld Club"
VA_AUTHORS = [("Margaret Leadbitter", "County recorder for butterflies"), ("Dr Elspeth Rennison", "Honorary Secretary"),
              ("Peter Haddlesey", "Past President"), ("Ann Bottrill", "Editor of the Proceedings"),
              ("Hugh Catchpole", "County bird recorder"), ("Rosalind Dunnett", "Member since 1962"),
              ("Geoffrey Edgecombe", "Honorary Librarian")]
VA_SEASONS = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring", 6: "summer", 7: "summer",
              8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"}
VA_EDNOTES = [
    "the specimens described here are now in the county museum's collection",
    "the author's field notebooks were given to the Club library in 2009",
    "place names are printed as in the original, not in their modern spelling",
    "two plates in the printed volume could not be reproduced online",
    "the correction slip issued with this volume has been applied to the text",
]
VA_NOTICES = [
    "The Club library is shut on Saturdays during August.",
    "Volume 62 goes to members in the spring; authors' offprints follow a month later.",
    "Scanning of volumes 1 to 20 is finished, thanks to eleven volunteers and one patient scanner.",
]
VA_SCAN = ("Scanned from the printed volume and read by text-recognition software; the printed page numbers "
           "appear in square brackets, and stray errors of recognition may remain.")
VA_CREDIT = "Digitised by Club volunteers with a grant from the Wealdmoor Heritage Trust."
VA_WALL = ("At the author's request just the first pages of this paper are shown online; the rest, {words} words "
           "long, is printed in the volume, which members may borrow from the Club library.")
VA_NAV = ["Home", "The Proceedings", "Field meetings", "County recorders", "Herbarium", "Join the Club"]
VA_FIELD_DAYS = ["Saturday 14 May: fungi and mosses in Hethersett Wood, leader Peter Haddlesey",
                 "Sunday 12 June: chalk grassland on Greywether Down, leader Margaret Leadbitter",
                 "Saturday 9 July: dragonflies at Skelbrook gravel pits, leader Hugh Catchpole"]


def va_author(title: str) -> tuple[str, str]:
    return VA_AUTHORS[number("vallay", "author", title, mod=len(VA_AUTHORS))]


def va_volume(title: str) -> tuple[int, int]:
    k = SITE_TITLES["vallay"].index(title)
    vol = 55 + k * 7 // len(SITE_TITLES["vallay"])
    return vol, vol + 1949


def va_print_pages(title: str) -> tuple[int, list[int]]:
    """Opening page number, and the running word counts at which each later printed page starts."""
    essay = ESSAYS_BY_TITLE[title]
    first = 3 + number("vallay", "first", title, mod=140)
    cuts, at = [], 150 + number("vallay", "opening", title, mod=130)
    while at < essay["words"] - 20:
        cuts.append(at)
        at += 390 + number("vallay", "size", title, len(cuts), mod=70)
    return first, cuts


def va_range(title: str) -> str:
    first, cuts = va_print_pages(title)
    extra = 1 if number("vallay", "refspace", title, mod=3) == 0 else 0
    return f"{first}\u2013{first + len(cuts) + extra}"


def va_url(title: str) -> str:
    vol, _ = va_volume(title)
    return f"/proceedings/vol{vol}/{slug(title)[:40]}.html"


def va_head(title: str, author: str | None = None, source: str | None = None) -> str:
    meta = ""
    if author:
        meta = (f'\n<meta name="DC.title" content="{esc(title)}" />\n<meta name="DC.creator" content="{esc(author)}" />'
                f'\n<meta name="DC.source" content="{esc(source)}" />')
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta charset="utf-8" />{meta}
<title>{esc(title)} \u2014 {VA_CLUB}</title>
<link rel="stylesheet" type="text/css" href="../../css/proceedings.css" />
</head>"""


def va_notice(page) -> str:
    if isinstance(page, Page):
        turn = rank_of("vallay", "banner", 3, page)
        if turn is not None:
            page.clutter.append(VA_NOTICES[turn])
            return f'<div class="notice"><p>{esc(VA_NOTICES[turn])}</p></div>\n'
    return ""


def va_frame(page, main: str, side: str) -> str:
    nav = "".join(f'<li><a href="../../{slug(n)}.html">{esc(n)}</a></li>' for n in VA_NAV)
    return f"""<body>
<div id="top">
<p class="clubname"><a href="../../index.html">{VA_CLUB}</a></p>
<p class="tag">Founded 1871 \u00b7 the Proceedings online, from volume 1 (1872) to volume 61 (2010)</p>
</div>
<ul id="nav">{nav}</ul>
{va_notice(page)}<div id="wrap">
<div id="paper">
{main}
</div>
<div id="side">
{side}<h3>Field meetings, summer 2011</h3>
<ul class="fielddays">{"".join(f"<li>{esc(d)}</li>" for d in VA_FIELD_DAYS)}</ul>
<p class="small">Members and their guests are welcome; bring a packed lunch and stout boots.</p>
</div>
</div>
<div id="foot">
<p>\u00a9 {VA_CLUB} and the authors. Registered charity no. 502761.</p>
<p>Pages last rebuilt 3 March 2011.</p>
</div>
</body>
</html>
"""


VA_FRAME_CLUTTER = ["Founded 1871 \u00b7 the Proceedings online, from volume 1 (1872) to volume 61 (2010)",
                    "The Proceedings", "Field meetings", "County recorders", "Herbarium", "Join the Club",
                    "Field meetings, summer 2011", *VA_FIELD_DAYS,
                    "Members and their guests are welcome; bring a packed lunch and stout boots.",
                    f"\u00a9 {VA_CLUB} and the authors.", "Registered charity no. 502761.",
                    "Pages last rebuilt 3 March 2011."]


def vallay(p: Page) -> str:
    rng = p.rng
    site = "vallay"
    backdate(p, 2002)
    author, role = va_author(p.title)
    vol, year = va_volume(p.title)
    first, cuts = va_print_pages(p.title)
    pages = va_range(p.title)
    marks: dict[int, list[tuple[int, int]]] = {}  # block -> [(word offset, printed page)]
    loose: dict[int, list[int]] = {}  # block -> printed pages that begin just before it
    starts, at = [], 0
    shown = p.visible()
    for kind, value in shown:
        starts.append(at)
        at += len(block_text((kind, value)).split())
    for n, cut in enumerate(cuts, 1):
        if cut >= at:
            break
        k = max(j for j, s in enumerate(starts) if s <= cut)
        offset = cut - starts[k]
        if shown[k][0] == "paragraph" and 0 < offset:
            marks.setdefault(k, []).append((offset, first + n))
        else:
            loose.setdefault(k if offset == 0 else k + 1, []).append(first + n)

    def mark(n: int) -> str:
        return f'<span class="pb" id="p{n}">[{n}]</span>'

    def para(value: str, k: int) -> str:
        words = value.split(" ")
        out = []
        for j, w in enumerate(words):
            for offset, n in marks.get(k, []):
                if offset == j:
                    out.append(mark(n))
            out.append(esc(w))
        return "<p>" + " ".join(out) + "</p>"

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"

    pieces = shown_pieces(p, lambda v: f"<h2>{esc(v)}</h2>", para,
                          lambda v: f'<blockquote><p>{esc(v)}</p></blockquote>', listing)
    for k in sorted(loose, reverse=True):
        for n in loose[k]:
            pieces.insert(min(k, len(pieces)), ("pb", f'<p class="pbline">{mark(n)}</p>'))
    n_essay = len(pieces)
    if carries(site, "remark", 10, p):
        said = f"[Editor's note, 2011: {rng.choice(VA_EDNOTES)}.]"
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<p class="ednote">{esc(said)}</p>'))
        p.clutter.append(said)
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Fig. 1. Drawing from the author's notebook, made for the paper read in {year - 1}."
        else:
            caption = "Fig. 1. Sketch map of the places mentioned, redrawn for this edition."
        piece = (f'<div class="fig"><img src="fig/{vol}-{digest(site, "fig", p.title, n=6)}.png" alt="" width="420" />'
                 f'<p class="figcap">{esc(caption)}</p></div>')
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("media", piece))
    wall = ""
    if p.cut is not None:
        said = VA_WALL.format(words=fmt_int(p.rest_words()))
        wall = (f'<div class="embargo"><p>{esc(said)}</p><p><a href="../../members/">Members\' pages</a> \u00b7 '
                f'<a href="../../join.html">Join the Club</a></p></div>\n')
        p.clutter += [said, "Members' pages"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h2>Literature cited</h2>"))
        pieces.append(("refs", "\n".join(f'<p class="ref">{mk}</p>' for _, mk in p.refs)))
    body = "\n".join(h for _, h in pieces)
    scan = f'<p class="scan">{esc(VA_SCAN)}</p>\n'
    early = placed_before(site, "scan", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="credit">{esc(VA_CREDIT)}</p>\n'
        p.clutter.append(VA_CREDIT)
    read_on = date(year - 1, 1, 10) + timedelta(days=number(site, "read", p.title, mod=320))
    meeting = VA_SEASONS[read_on.month]
    read_line = f"Read before the Club at its {meeting} meeting, {uk_date(read_on)}."
    where = f"Volume {vol} ({year}), pp. {pages}"
    surname = author.split()[-1]
    refer = f"To refer to this paper: {surname}, {author.split()[-2][0]}. ({year}). {p.title}. {VA_SHORT} {vol}: {pages}."
    p.clutter += [where, f"by {author}", role, read_line, VA_SCAN, refer, "Other papers online", *VA_FRAME_CLUTTER]
    related = ""
    for t in rng.sample(p.others, 3):
        line = second_point_of(t)
        a_, _ = va_author(t)
        v_, y_ = va_volume(t)
        meta = f"vol. {v_} ({y_}), pp. {va_range(t)} \u00b7 {a_}"
        related += (f'<li><a href="{va_url(t)}">{esc(t)}</a><br /><span class="pp">{esc(meta)}</span><br />'
                    f'<span class="snip"><em>A passage:</em> {esc(line)}</span></li>\n')
        p.clutter += [t, meta, line, "A passage:"]
    side = f'<h3>Other papers online</h3>\n<ul class="others">\n{related}</ul>\n'
    source = f"{VA_SHORT} {vol} ({year}): {pages}"
    main = f"""<p class="where"><a href="../index.html">The Proceedings</a> \u203a <a href="index.html">{esc(where)}</a></p>
<h1 class="ptitle">{esc(p.title)}</h1>
<p class="auth">by <span class="sc">{esc(author)}</span></p>
<p class="affil">{esc(role)}</p>
<p class="read">{esc(read_line)}</p>
{scan if early else ""}<div class="body">
{body}
</div>
{wall}{credit}{"" if early else scan}<div class="pcite"><p>{esc(refer)}</p></div>"""
    return va_head(p.title, author, source) + "\n" + va_frame(p, main, side)


def vallay_index(ix: IndexPage) -> str:
    """Contents of the volumes that hold this host's papers."""
    by_vol: dict[int, list[str]] = {}
    for t in ix.site_titles:
        by_vol.setdefault(va_volume(t)[0], []).append(t)
    rows = ""
    for vol in sorted(by_vol):
        year = vol + 1949
        items = "".join(f'<li><span class="pp">pp. {va_range(t)}</span> {esc(va_author(t)[0])}, '
                        f'<a href="vol{vol}/{slug(t)[:40]}.html">{esc(t)}</a></li>' for t in by_vol[vol])
        rows += f'<h2>Volume {vol} ({year})</h2>\n<ul class="contents">{items}</ul>\n'
    main = f"""<p class="where"><a href="../index.html">The Proceedings</a></p>
<h1 class="ptitle">Contents of volumes 55 to 61 (2004\u20132010)</h1>
<p>Papers, notes and county records from the seven most recent volumes. Shorter notes and the annual reports of the recorders are listed with each volume's own contents page.</p>
{rows}"""
    return va_head("Contents of volumes 55 to 61") + "\n" + va_frame(ix, main, "")


# ---- 3. fuday: an amateur radio club's newsletter articles, hand-made HTML 3.2, 2005 ---------------------------

FU_CLUB = "Scarthdale Amateur Radio Club"
FU_MEMBERS = [("Ron", "Tickle", "G3NQX"), ("Dave", "Pummell", "M0DPX"), ("Pete", "Summerscales", "G0FTL"),
              ("Tony", "Bickerdike", "G8VCA"), ("Alan", "Frankland", "G4KTV"), ("Jim", "Gotts", "G3RWJ"),
              ("Keith", "Hipwell", "M1KHW"), ("Mike", "Jeffcock", "G4YHB")]
FU_BOXES = [  # (label, text) boxed inside the article
    ("Net reminder:", "the Sunday morning net meets at 10.30 on 145.350 MHz, and all calls are welcome."),
    ("Net reminder:", "the Tuesday evening net has moved to 3.725 MHz while the two-metre repeater is off air."),
    ("Club station:", "G4SDR is on the air most Wednesday evenings, so come along and operate it."),
    ("Training:", "the next Foundation licence course starts in September at the Scout hut."),
    ("Rally:", "the club stand at the spring rally needs two more helpers for the morning shift."),
]
FU_NOTICES = [
    "The AGM is on 12 January; nominations for committee to the secretary, please.",
    "The GB3SD repeater is off the air for aerial repairs until further notice.",
    "Subscriptions for 2005 are due: \u00a312 full, \u00a36 juniors and over-65s.",
]
FU_COPY = "Copy for SIDETONE to the editor by the 20th of each month, on floppy disk, CD or by e-mail."
FU_CREDIT = "Articles are reproduced from SIDETONE with the writers' permission and remain their copyright."
FU_PART = "(Part one of two)"
FU_MORE = "Part two follows in SIDETONE No. {n}, carrying the remaining {words} words."
FU_NAV = ["Home", "Meetings", "Nets", "SIDETONE", "Training", "Links"]
FU_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def fu_member(title: str) -> tuple[str, str, str]:
    return FU_MEMBERS[number("fuday", "member", title, mod=len(FU_MEMBERS))]


def fu_issue(title: str) -> tuple[int, str]:
    k = SITE_TITLES["fuday"].index(title)
    m = 3 + k
    return 71 + k, f"{FU_MONTHS[m % 12]} {2003 + m // 12}"


def fu_url(title: str) -> str:
    return f"sidetone/st{fu_issue(title)[0]}.htm"


def fu_head(title: str) -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
<HTML>
<HEAD>
   <META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">
   <META NAME="Author" CONTENT="Brian Kenward G4PXB">
   <META NAME="GENERATOR" CONTENT="Mozilla/4.79 [en] (Windows NT 5.0; U) [Netscape]">
   <TITLE>Scarthdale ARC - {esc(title)}</TITLE>
</HEAD>"""


def fu_notice(page) -> str:
    if isinstance(page, Page):
        turn = rank_of("fuday", "banner", 3, page)
        if turn is not None:
            page.clutter += [FU_NOTICES[turn], "NEWS:"]
            return (f'<P><CENTER><FONT COLOR="#CC0000"><B>NEWS:</B> {esc(FU_NOTICES[turn])}</FONT></CENTER>\n')
    return ""


def fu_frame(page, main: str, updated: date, count: int) -> str:
    nav = " | ".join(f'<A HREF="{slug(n)}.html">{esc(n)}</A>' for n in FU_NAV)
    return f"""<BODY TEXT="#000000" BGCOLOR="#FFFFF0" LINK="#0000EE" VLINK="#551A8B" ALINK="#FF0000">

<CENTER><IMG SRC="images/sarc_logo.gif" ALT="{FU_CLUB}" HEIGHT=80 WIDTH=468>
<BR><B><FONT FACE="Arial,Helvetica"><FONT SIZE=+2>{FU_CLUB}</FONT></FONT></B>
<BR><FONT FACE="Arial,Helvetica"><FONT SIZE=-1>Club callsign G4SDR &middot; Affiliated to the RSGB &middot; Wednesdays 8pm, Marlbeck Scout HQ</FONT></FONT></CENTER>

<P><CENTER>[ {nav} ]</CENTER>

<HR WIDTH="100%">
{fu_notice(page)}{main}
<HR WIDTH="100%">
<CENTER><FONT SIZE=-1>This page has been looked at {fmt_int(count)} times since 1 March 2003.
<BR>Last updated {updated.strftime('%d/%m/%Y')} by Brian, G4PXB.</FONT></CENTER>

</BODY>
</HTML>
"""


FU_FRAME_CLUTTER = ["Club callsign G4SDR \u00b7 Affiliated to the RSGB \u00b7 Wednesdays 8pm, Marlbeck Scout HQ",
                    "SIDETONE", "Also in SIDETONE"]


def latin_entities(page: str) -> str:
    """The page in plain ASCII, as the old editor saved it: named entities where it had them, numbers otherwise."""
    named = {"\u00b7": "&middot;", "\u00a3": "&pound;", "\u2013": "&ndash;", "\u00e9": "&eacute;"}
    page = "".join(named.get(ch, ch) for ch in page)
    return page.encode("ascii", "xmlcharrefreplace").decode("ascii")


def fu_wrap(text: str) -> str:
    return "\n".join(textwrap.wrap(esc(text), width=72, break_long_words=False, break_on_hyphens=False))


def fuday(p: Page) -> str:
    rng = p.rng
    site = "fuday"
    p.claimed_words = p.words
    backdate(p, 2002)
    first, last, call = fu_member(p.title)
    issue, month = fu_issue(p.title)
    bold_heads = number(site, "heads", p.title, mod=2) == 0

    def heading(value: str) -> str:
        return f"<P><B>{esc(value)}</B>" if bold_heads else f"<H3>{esc(value)}</H3>"

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "OL" if ordered else "UL"
        return f"<{tag}>\n" + "\n".join(f"<LI>{fu_wrap(i)}" for i in items) + f"</{tag}>"

    pieces = shown_pieces(p, heading, lambda v, k: "<P>" + fu_wrap(v),
                          lambda v: f"<BLOCKQUOTE><I>{fu_wrap(v)}</I></BLOCKQUOTE>", listing)
    n_essay = len(pieces)
    if carries(site, "remark", 12, p):
        label, text = rng.choice(FU_BOXES)
        slot_in(pieces, spot(n_essay, rng, 2, 6),
                ("note", f'<CENTER><TABLE BORDER=1 CELLPADDING=6 WIDTH="80%" BGCOLOR="#FFFFCC"><TR><TD><FONT SIZE=-1>'
                         f"<B>{esc(label)}</B> {esc(text)}</FONT></TD></TR></TABLE></CENTER>"))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"The author's QSL card ({call})"
            picture = f"qsl_{call.lower()}"
        else:
            caption = f"The club station at field day, June {2002 + number(site, 'fd', p.title, mod=2)}"
            picture = f"fd{digest(site, 'fd', p.title, n=4)}"
        piece = (f'<P><CENTER><IMG SRC="images/{picture}.jpg" HEIGHT=260 WIDTH=400><BR><FONT SIZE=-1>{esc(caption)}'
                 f"</FONT></CENTER>")
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("media", piece))
    tail = ""
    if p.cut is not None:
        said = FU_MORE.format(n=issue + 1, words=fmt_int(p.rest_words()))
        tail = f"<P><I>{esc(said)}</I>\n"
        p.clutter += [said, FU_PART]
    else:
        sign = f"73 de {first}, {call}"
        tail = f"<P>{esc(sign)}\n"
        p.clutter.append(sign)
    if p.cut is None and p.refs:
        marks = [mk.replace("<i>", "<I>").replace("</i>", "</I>") for _, mk in p.refs]
        if number(site, "refbr", p.title, mod=2):
            tail += "<P><B>References</B>\n<P>" + "\n<BR>".join(marks) + "\n"
        else:
            tail += "<P><B>References</B>\n" + "\n".join(f"<P>{m}" for m in marks) + "\n"
    article = "\n".join(h for _, h in pieces) + "\n" + tail
    length = f"From SIDETONE No. {issue}, {month} \u00b7 {fmt_int(p.words)} words"
    copy = f"<P><FONT SIZE=-1>{esc(FU_COPY)}</FONT>\n"
    early = placed_before(site, "copy", p)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f"<P><FONT SIZE=-1><I>{esc(FU_CREDIT)}</I></FONT>\n"
        p.clutter.append(FU_CREDIT)
    part = f"<P><I>{esc(FU_PART)}</I>\n" if p.cut is not None else ""
    byline = f"by {first} {last}, {call}"
    p.clutter += [byline, length, FU_COPY, *FU_FRAME_CLUTTER]
    related = ""
    for t in rng.sample(p.others, 3):
        line = last_link_of(t)
        f_, l_, c_ = fu_member(t)
        meta = f"{f_} {l_}, {c_}, No. {fu_issue(t)[0]}"
        related += (f'<LI><A HREF="{fu_url(t)}">{esc(t)}</A> - {esc(meta)}\n<BR><FONT SIZE=-1>Taster: <I>{esc(line)}</I></FONT>\n')
        p.clutter += [t, meta, line, "Taster:"]
    count = 120 + number(site, "count", p.title, mod=2400)
    updated = date(2004, 9, 1) + timedelta(days=number(site, "upd", p.title, mod=200))
    p.clutter += [f"This page has been looked at {fmt_int(count)} times since 1 March 2003.",
                  f"Last updated {updated.strftime('%d/%m/%Y')} by Brian, G4PXB."]
    main = f"""<H2><FONT FACE="Arial,Helvetica">{esc(p.title)}</FONT></H2>
<I>{esc(byline)}</I>
<BR><FONT SIZE=-1>{esc(length)}</FONT>
{part}{copy if early else ""}{article}{credit}{"" if early else copy}
<HR WIDTH="100%">
<P><B><FONT FACE="Arial,Helvetica">Also in SIDETONE</FONT></B>
<UL>
{related}</UL>"""
    return latin_entities(fu_head(p.title) + "\n" + fu_frame(p, main, updated, count))


def fuday_index(ix: IndexPage) -> str:
    """The club's regular nets."""
    nets = [("Sunday", "10.30", "145.350 MHz FM", "G4KTV"), ("Sunday", "19.00", "GB3SD repeater", "M0DPX"),
            ("Tuesday", "20.00", "3.725 MHz LSB", "G3NQX"), ("Thursday", "20.30", "50.150 MHz USB", "G0FTL"),
            ("Thursday", "21.00", "144.300 MHz USB", "G8VCA")]
    rows = "\n".join(f"<TR><TD>{a}</TD><TD>{b}</TD><TD>{c}</TD><TD>{d}</TD></TR>" for a, b, c, d in nets)
    recent = "".join(f'<LI><A HREF="{fu_url(t)}">{esc(t)}</A> by {esc(" ".join(fu_member(t)[:2]))}, No. {fu_issue(t)[0]}\n'
                     for t in reversed(ix.site_titles[-5:]))
    main = f"""<H2><FONT FACE="Arial,Helvetica">Club nets and frequencies</FONT></H2>
<P>Everyone is welcome to check in, licensed or not yet: short-wave listeners can send reports to the net controller by e-mail.
<P><CENTER><TABLE BORDER=1 CELLPADDING=4>
<TR><TH>Day</TH><TH>Time (local)</TH><TH>Frequency</TH><TH>Usual controller</TH></TR>
{rows}
</TABLE></CENTER>
<P>If a net controller is away the first station to call in takes over. Please keep overs short on the repeater.
<P>Articles from SIDETONE, the club newsletter, are on the <A HREF="sidetone.html">SIDETONE</A> page. The latest:
<UL>
{recent}</UL>"""
    return latin_entities(fu_head("Club nets") + "\n" + fu_frame(ix, main, date(2005, 2, 11), 3190))


# ---- 4. killegray: a botanic garden's friends on WordPress with Elementor, the story cut into widgets, 2021 -----

KI_FRIENDS = "Friends of Oxenbridge Botanic Garden"
KI_TAGLINE = "Supporting the Garden since 1984"
KI_MENU = ["Home", "Visit", "Plant stories", "Events", "Become a Friend", "Volunteer"]
KI_WRITERS = ["Rosemary Chivers", "Nigel Parslow", "Judith Amesbury", "Clive Heseltine", "Valerie Tregunna",
              "Hilary Lofthouse", "Ann Mottershead"]
KI_BEDS = ["the Rock Garden", "the Temperate House", "the Systematic Beds", "the Woodland Walk", "the Tropical House",
           "the Herb Garden", "the Arboretum", "the Pond Garden"]
KI_SEASONS = ["March to May", "May and June", "June to August", "all year", "September and October",
              "January to March"]
KI_ALERTS = [
    "Snowdrops are out along the Woodland Walk, and the caf\u00e9 opens at ten.",
    "The Temperate House is closed on Mondays while its heating is renewed.",
    "Volunteer guides lead free tours every Sunday at two, starting from the main gate.",
    "Plant sales this Saturday in the glasshouse yard; cash or card.",
    "Dogs on short leads are welcome in the Arboretum but not in the glasshouses.",
]
KI_NOTICES = [
    "The Garden closes at 3pm on 24 December and reopens on 2 January.",
    "Timed entry tickets must now be booked online before your visit.",
    "Our spring plant fair returns on 17 April, in the glasshouse yard.",
]
KI_COOKIE = "This website stores a few crumbs of data in your browser to count visits and to remember a Friend's login."
KI_CREDIT = ("Plant stories are researched by volunteers of the Friends' research group and checked by the "
             "Garden's curators.")
KI_APPEAL_TITLE = "Help the Garden grow"
KI_APPEAL = ("Every plant story here is written by a volunteer Friend. Membership from \u00a324 a year keeps the "
             "glasshouses warm through the winter.")
KI_WALL = "The rest of this story ({words} more words) is for Friends. Log in, or join from \u00a324 a year."


def ki_writer(title: str) -> str:
    return KI_WRITERS[number("killegray", "writer", title, mod=len(KI_WRITERS))]


def ki_date(title: str) -> date:
    k = SITE_TITLES["killegray"].index(title)
    return date(2019, 2, 4) + timedelta(days=41 * k + number("killegray", "day", title, mod=9))


def ki_post(title: str) -> int:
    return 1402 + SITE_TITLES["killegray"].index(title) * 13 + number("killegray", "pid", title, mod=11)


def ki_url(title: str) -> str:
    return f"https://oxenbridgefriends.org.uk/plant-stories/{slug(title)}/"


def ki_day(d: date) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"


class Ids:
    """Elementor-style element ids: seven hex digits from a seeded counter."""

    def __init__(self, *parts):
        self.parts, self.k = parts, 0

    def __call__(self) -> str:
        self.k += 1
        return digest(*self.parts, self.k, n=7)


def el_widget(eid: str, wtype: str, inner: str, extra: str = "") -> str:
    return (f'<div class="elementor-element elementor-element-{eid}{extra} elementor-widget elementor-widget-{wtype}" '
            f'data-id="{eid}" data-element_type="widget" data-widget_type="{wtype}.default">\n'
            f'<div class="elementor-widget-container">\n{inner}\n</div>\n</div>')


def el_column(eid: str, inner: str, width: int = 100) -> str:
    return (f'<div class="elementor-column elementor-col-{width} elementor-top-column elementor-element '
            f'elementor-element-{eid}" data-id="{eid}" data-element_type="column">\n'
            f'<div class="elementor-widget-wrap elementor-element-populated">\n{inner}\n</div>\n</div>')


def el_section(eid: str, inner: str) -> str:
    return (f'<section class="elementor-section elementor-top-section elementor-element elementor-element-{eid} '
            f'elementor-section-boxed elementor-section-height-default elementor-section-height-default" '
            f'data-id="{eid}" data-element_type="section">\n<div class="elementor-container elementor-column-gap-default">\n'
            f"{inner}\n</div>\n</section>")


def ki_head(title: str, pid: int | None) -> str:
    css = f"\n<link rel='stylesheet' id='elementor-post-{pid}-css' href='https://oxenbridgefriends.org.uk/wp-content/uploads/elementor/css/post-{pid}.css?ver=1616{pid % 1000:03d}21' media='all' />" if pid else ""
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width">
<title>{esc(title)} &#8211; {KI_FRIENDS}</title>
<meta name="generator" content="WordPress 5.7.2" />
<meta name="generator" content="Elementor 3.2.4; features: e_optimized_assets_loading; settings: css_print_method-external, google_font-enabled, font_display-auto">
<link rel='stylesheet' id='elementor-frontend-legacy-css' href='https://oxenbridgefriends.org.uk/wp-content/plugins/elementor/assets/css/frontend-legacy.min.css?ver=3.2.4' media='all' />{css}
</head>"""


def ki_cookie_and_notice(page) -> tuple[str, str]:
    site = "killegray"
    cookie = notice = ""
    if isinstance(page, Page):
        turn = rank_of(site, "banner", 3, page)
        if turn is not None:
            inner = el_widget("5d0c4e1", "text-editor", f'<div class="elementor-text-editor elementor-clearfix"><p>{esc(KI_NOTICES[turn])}</p></div>')
            notice = el_section("6b2f9a3", el_column("1e7d402", inner)) + "\n"
            page.clutter.append(KI_NOTICES[turn])
        show = carries(site, "cookies", 12, page)
    else:
        show = True
    if show:
        cookie = (f'<aside id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden moove-gdpr-align-center moove-gdpr-dark-scheme" '
                  f'role="note"><div class="moove-gdpr-info-bar-container"><div class="moove-gdpr-info-bar-content">'
                  f'<div class="moove-gdpr-cookie-notice"><p>{esc(KI_COOKIE)}</p></div>'
                  f'<div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all">Accept</button>'
                  f'<button class="mgbutton moove-gdpr-infobar-reject-btn">Reject</button></div></div></div></aside>\n')
        if isinstance(page, Page):
            page.clutter.append(KI_COOKIE)
    return cookie, notice


def ki_frame(page, content: str, cookie: str, notice: str, body_class: str) -> str:
    def menu(prefix: str) -> str:
        return "".join(f'<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{90 + k}">'
                       f'<a href="https://oxenbridgefriends.org.uk/{slug(n) if k else ""}" class="{prefix}">{esc(n)}</a></li>'
                       for k, n in enumerate(KI_MENU))
    header = el_section("3a9f2c1", el_column("7c41be0", el_widget("2d8e5a9", "theme-site-title",
                        f'<h2 class="elementor-heading-title elementor-size-default"><a href="https://oxenbridgefriends.org.uk">{KI_FRIENDS}</a></h2>')
                        + "\n" + el_widget("4f0b7d3", "heading", f'<p class="elementor-heading-title elementor-size-small">{KI_TAGLINE}</p>'), 50)
                        + "\n" + el_column("0a6c9e8", el_widget("9e3d1f6", "nav-menu",
                        f'<nav role="navigation" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">'
                        f'<ul id="menu-1-9e3d1f6" class="elementor-nav-menu">{menu("elementor-item")}</ul></nav>\n'
                        f'<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>\n'
                        f'<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" role="navigation" aria-hidden="true">'
                        f'<ul id="menu-2-9e3d1f6" class="elementor-nav-menu">{menu("elementor-item")}</ul></nav>'), 50))
    footer = el_section("8b5a0c2", el_column("6e1f7d4", el_widget("3c9a2e7", "text-editor",
                        '<div class="elementor-text-editor elementor-clearfix"><p>Oxenbridge Botanic Garden, Thornlow Road, Oxenbridge. '
                        'Open daily from 10am; last entry an hour before closing.</p>'
                        f'<p>The Friends are a charity, number 1092418. &copy; 2021 {KI_FRIENDS}</p></div>')))
    return f"""<body class="{body_class} elementor-default elementor-kit-6">
<div data-elementor-type="header" data-elementor-id="112" class="elementor elementor-112 elementor-location-header">
<div class="elementor-section-wrap">
{notice}{header}
</div>
</div>
{content}
<div data-elementor-type="footer" data-elementor-id="131" class="elementor elementor-131 elementor-location-footer">
<div class="elementor-section-wrap">
{footer}
</div>
</div>
{cookie}</body>
</html>
"""


KI_FRAME_CLUTTER = [KI_TAGLINE, "Plant stories", "Become a Friend",
                    "Oxenbridge Botanic Garden, Thornlow Road, Oxenbridge.",
                    "Open daily from 10am; last entry an hour before closing.",
                    "The Friends are a charity, number 1092418.", "The plant file", "Share this story",
                    "Facebook", "Twitter", "More plant stories", "Read the story \u00bb"]


def killegray(p: Page) -> str:
    rng = p.rng
    site = "killegray"
    p.claimed_words = p.words
    backdate(p, 2018)
    pid = ki_post(p.title)
    writer = ki_writer(p.title)
    when = ki_date(p.title)
    new_id = Ids(site, "el", p.title)

    def heading(value: str):
        return ("heading", f'<h2 class="elementor-heading-title elementor-size-default">{esc(value)}</h2>')

    def para(value: str, k: int):
        return ("text", f"<p>{esc(value)}</p>")

    def quote(value: str):
        return ("blockquote", f'<blockquote class="elementor-blockquote">\n<p class="elementor-blockquote__content">{esc(value)}</p>\n</blockquote>')

    def listing(ordered: bool, items: list[str]):
        tag = "ol" if ordered else "ul"
        return ("text", f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>")

    pieces = shown_pieces(p, heading, para, quote, listing)
    n_essay = len(pieces)
    if carries(site, "remark", 12, p):
        text = rng.choice(KI_ALERTS)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", ("alert",
                f'<div class="elementor-alert elementor-alert-success" role="alert">\n'
                f'<span class="elementor-alert-title">In the Garden now</span>\n'
                f'<span class="elementor-alert-description">{esc(text)}</span>\n</div>')))
        p.clutter += ["In the Garden now", text]
    turn = rank_of(site, "extra", 5, p)
    if turn is not None:
        bed = KI_BEDS[number(site, "bed", p.title, mod=len(KI_BEDS))]
        if turn % 2 == 0:
            caption = f"Photograph by {writer}, taken in {bed}"
        else:
            caption = f"From the Friends' archive: the glasshouse team in {1986 + number(site, 'arch', p.title, mod=20)}"
        pic = f"https://oxenbridgefriends.org.uk/wp-content/uploads/{when.year}/{when.month:02d}/{digest(site, 'img', p.title, n=8)}-1024x683.jpg"
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("media", ("image-box",
                f'<div class="elementor-image-box-wrapper"><figure class="elementor-image-box-img">'
                f'<img width="800" height="533" src="{pic}" class="attachment-full size-full" alt="" loading="lazy" /></figure>\n'
                f'<div class="elementor-image-box-content"><p class="elementor-image-box-description">{esc(caption)}</p></div></div>')))
        p.clutter.append(caption)
    if p.cut is None and p.refs:
        pieces.append(("heading", heading("Sources")))
        pieces.append(("refs", ("text", "".join(f"<p>{mk}</p>" for _, mk in p.refs))))
    # every subhead opens a fresh section; runs of paragraphs and lists share one text-editor widget
    sections: list[list[str]] = []
    current: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            current.append(el_widget(new_id(), "text-editor",
                                     '<div class="elementor-text-editor elementor-clearfix">\n' + "\n".join(run) + "\n</div>"))
            run.clear()

    for kind, (wtype, html) in pieces:
        if wtype == "heading" and (current or run):
            flush()
            sections.append(current)
            current = []
        if wtype == "text":
            run.append(html)
        else:
            flush()
            current.append(el_widget(new_id(), wtype, html))
    flush()
    sections.append(current)
    spacer = '<div class="elementor-spacer">\n<div class="elementor-spacer-inner"></div>\n</div>'
    post = "\n".join(el_section(new_id(), el_column(new_id(), "\n".join(ws + [el_widget(new_id(), "spacer", spacer)])))
                     for ws in sections)
    wall = ""
    if p.cut is not None:
        said = KI_WALL.format(words=fmt_int(p.rest_words()))
        wall = (f'<div class="friends-only-notice"><p>{esc(said)}</p><p><a class="button" href="/wp-login.php">Log in</a> '
                f'<a class="button" href="/become-a-friend/">Join the Friends</a></p></div>\n')
        p.clutter += [said, "Join the Friends"]
    credit = ""
    if carries(site, "credit", 6, p):
        credit = el_widget(new_id(), "text-editor", f'<div class="elementor-text-editor elementor-clearfix"><p><em>{esc(KI_CREDIT)}</em></p></div>') + "\n"
        p.clutter.append(KI_CREDIT)
    appeal = el_widget("b71e4c0", "call-to-action",
                       f'<div class="elementor-cta">\n<div class="elementor-cta__content">\n'
                       f'<h3 class="elementor-cta__title elementor-cta__content-item elementor-content-item">{KI_APPEAL_TITLE}</h3>\n'
                       f'<div class="elementor-cta__description elementor-cta__content-item elementor-content-item">{esc(KI_APPEAL)}</div>\n'
                       f'<div class="elementor-cta__button-wrapper elementor-cta__content-item elementor-content-item">'
                       f'<a class="elementor-cta__button elementor-button elementor-size-sm" href="/become-a-friend/">Become a Friend</a></div>\n'
                       f"</div>\n</div>", " elementor-global-1187") + "\n"
    early = placed_before(site, "appeal", p)
    words_line = f"{fmt_int(p.words)} words, about {max(1, round(p.words / 200))} minutes to read"
    bed = KI_BEDS[number(site, "where", p.title, mod=len(KI_BEDS))]
    season = KI_SEASONS[number(site, "season", p.title, mod=len(KI_SEASONS))]
    label = f"OBG {1000 + number(site, 'label', p.title, mod=8999)}"
    glance = [("fa-map-marker-alt", f"Where to see it: {bed}"), ("fa-leaf", f"Best months: {season}"),
              ("fa-tag", f"Garden label: {label}")]
    items = "".join(f'<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" '
                    f'class="fas {icon}"></i></span><span class="elementor-icon-list-text">{esc(text)}</span></li>'
                    for icon, text in glance)
    p.clutter += [words_line, f"By {writer}", ki_day(when), KI_APPEAL_TITLE, KI_APPEAL, *(t for _, t in glance),
                  *KI_FRAME_CLUTTER]
    related = ""
    for t in rng.sample(p.others, 3):
        line = closing_mid_of(t)
        d = ki_day(ki_date(t))
        related += (f'<article class="elementor-post elementor-grid-item post-{ki_post(t)} plant_story type-plant_story status-publish has-post-thumbnail hentry">\n'
                    f'<div class="elementor-post__text">\n<h3 class="elementor-post__title"><a href="{ki_url(t)}">{esc(t)}</a></h3>\n'
                    f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{d}</span></div>\n'
                    f'<div class="elementor-post__excerpt"><p>{esc(line)}</p></div>\n'
                    f'<a class="elementor-post__read-more" href="{ki_url(t)}">Read the story \u00bb</a>\n</div>\n</article>\n')
        p.clutter += [t, d, line]
    share = "".join(f'<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_{n.lower()}" tabindex="0">'
                    f'<span class="elementor-share-btn__icon"><i class="fab fa-{n.lower()}" aria-hidden="true"></i></span>'
                    f'<div class="elementor-share-btn__text"><span class="elementor-share-btn__title">{n}</span></div></div></div>'
                    for n in ("Facebook", "Twitter", "Email"))
    info = (f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">'
            f'<li class="elementor-icon-list-item elementor-repeater-item-5e2a1c7 elementor-inline-item" itemprop="datePublished">'
            f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">{ki_day(when)}</span></li>'
            f'<li class="elementor-icon-list-item elementor-repeater-item-a93b0d4 elementor-inline-item" itemprop="author">'
            f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">'
            f'<span class="elementor-post-info__item-prefix">By </span>{esc(writer)}</span></li>'
            f'<li class="elementor-icon-list-item elementor-repeater-item-0c6f8e2 elementor-inline-item">'
            f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-custom">{esc(words_line)}</span></li></ul>')
    inner_post = (f'<div data-elementor-type="wp-post" data-elementor-id="{pid}" class="elementor elementor-{pid}">\n'
                  f'<div class="elementor-inner">\n<div class="elementor-section-wrap">\n{post}\n</div>\n</div>\n</div>')
    left = "\n".join([
        el_widget("c2e8f15", "theme-post-title", f'<h1 class="elementor-heading-title elementor-size-default">{esc(p.title)}</h1>'),
        el_widget("e4a7b39", "post-info", info),
        (appeal if early else "") + el_widget("f19d6a2", "theme-post-content", inner_post) + "\n" + wall + credit + ("" if early else appeal),
        el_widget("0d3b8c5", "heading", '<h3 class="elementor-heading-title elementor-size-small">Share this story</h3>'),
        el_widget("a6c0e94", "share-buttons", f'<div class="elementor-grid">{share}</div>'),
    ])
    right = "\n".join([
        el_widget("58f2d07", "heading", '<h3 class="elementor-heading-title elementor-size-default">The plant file</h3>'),
        el_widget("7b0e3a6", "icon-list", f'<ul class="elementor-icon-list-items">{items}</ul>'),
        el_widget("91ad4c2", "heading", '<h3 class="elementor-heading-title elementor-size-default">More plant stories</h3>'),
        el_widget("2fc7e58", "posts", f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">\n{related}</div>'),
    ])
    content = (f'<div data-elementor-type="single-post" data-elementor-id="348" class="elementor elementor-348 '
               f'elementor-location-single post-{pid} plant_story type-plant_story status-publish has-post-thumbnail hentry">\n'
               f'<div class="elementor-section-wrap">\n'
               + el_section("4e6d1a0", el_column("d03f9b7", left, 66) + "\n" + el_column("9a2c5e1", right, 33))
               + "\n</div>\n</div>")
    cookie, notice = ki_cookie_and_notice(p)
    return (ki_head(p.title, pid) + "\n"
            + ki_frame(p, content, cookie, notice, f"plant_story-template-default single single-plant_story postid-{pid}"))


def killegray_index(ix: IndexPage) -> str:
    """The archive of plant stories, or the visitor information page."""
    cookie, notice = ki_cookie_and_notice(ix)
    if ix.kind == "stories":
        cards = ""
        for t in reversed(ix.site_titles):
            cards += (f'<article class="elementor-post elementor-grid-item post-{ki_post(t)} plant_story type-plant_story status-publish hentry">\n'
                      f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{ki_url(t)}">{esc(t)}</a></h3>\n'
                      f'<div class="elementor-post__meta-data"><span class="elementor-post-author">{esc(ki_writer(t))}</span> '
                      f'<span class="elementor-post-date">{ki_day(ki_date(t))}</span></div></div>\n</article>\n')
        body = "\n".join([
            el_widget("61e0c3b", "heading", '<h1 class="elementor-heading-title elementor-size-default">Plant stories</h1>'),
            el_widget("c8a51f0", "text-editor", '<div class="elementor-text-editor elementor-clearfix"><p>The histories behind the plants in our beds and glasshouses, researched and written by volunteer Friends. Newest first.</p></div>'),
            el_widget("3e9b27d", "posts", f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-cards elementor-grid">\n{cards}</div>'),
        ])
        content = (f'<div data-elementor-type="archive" data-elementor-id="402" class="elementor elementor-402 elementor-location-archive">\n'
                   f'<div class="elementor-section-wrap">\n{el_section("b5d2e08", el_column("4c7a019", body))}\n</div>\n</div>')
        return ki_head("Plant stories", None) + "\n" + ki_frame(ix, content, cookie, notice, "archive post-type-archive post-type-archive-plant_story")
    times = [("March to October", "10am to 6pm"), ("November to February", "10am to 4pm"),
             ("Glasshouses", "close half an hour before the Garden"), ("Christmas Day and Boxing Day", "closed")]
    prices = [("Adults", "\u00a37.50"), ("Concessions", "\u00a36"), ("Children under 16", "free"), ("Friends", "free")]
    rows = lambda pairs: "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in pairs)
    body = "\n".join([
        el_widget("7d21c9e", "heading", '<h1 class="elementor-heading-title elementor-size-default">Visit the Garden</h1>'),
        el_widget("e0b4f63", "text-editor", f'<div class="elementor-text-editor elementor-clearfix"><p>The Garden is a ten-minute walk from Oxenbridge station. There is no car park of our own; use the pay-and-display on Thornlow Road.</p>'
                  f'<h3>Opening times</h3><table><tbody>{rows(times)}</tbody></table>'
                  f'<h3>Admission</h3><table><tbody>{rows(prices)}</tbody></table>'
                  f'<p>Wheelchairs are lent free at the main gate. All the paths are level except the Rock Garden steps.</p></div>'),
    ])
    content = (f'<div data-elementor-type="wp-page" data-elementor-id="77" class="elementor elementor-77">\n'
               f'<div class="elementor-section-wrap">\n{el_section("2a8f6d1", el_column("f5c3b90", body))}\n</div>\n</div>')
    return ki_head("Visit the Garden", None) + "\n" + ki_frame(ix, content, cookie, notice, "page-template-default page page-id-77")


# ------------------------------------------------------------------------------------------------------- runner

SITES = {  # host -> (page writer, no-essay writer, no-essay kinds, teaser pages, pages with references)
    "taransay": (taransay, taransay_index, ["meetings", "articles"], 0, 3),  # sky notes move
    "vallay": (vallay, vallay_index, ["contents"], 3, 4),                    # scanning note moves
    "fuday": (fuday, fuday_index, ["nets"], 3, 2),                           # copy-date line moves
    "killegray": (killegray, killegray_index, ["stories", "visit"], 2, 3),   # membership appeal moves
}


def units_of(essay: dict) -> set[str]:
    """Normalised text units (blocks other than subheads, plus bullets) that exceed five words."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int) -> dict[str, list[dict]]:
    """Per host, drafts essays from its shuffled cards, passing over any draft that shares a unit with one kept."""
    kept: list[tuple[dict, set[str], str]] = []
    chosen: dict[str, list[dict]] = {}
    for name, (_, _, kinds, _, _) in SITES.items():
        need = PAGES_PER_SITE - len(kinds)
        mine = [c for c in cards if c["host"] == name]
        random.Random(f"set33:{seed}:{name}:cards").shuffle(mine)
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
            raise SystemExit(f"{name}: only {len(chosen[name])} usable essays, need {need}")
    return chosen


def index_pages(name: str, kinds: list[str]) -> dict[int, str]:
    """Which pages go without an essay: a seeded draw that spares the first and final page, kinds attached."""
    spots = sorted(random.Random(f"set33:{SEED}:{name}:noessay").sample(range(2, PAGES_PER_SITE), len(kinds)))
    return dict(zip(spots, kinds))


def write_folders(outdir: Path, seed: int, chosen: dict[str, list[dict]]) -> list[str]:
    """Emits HTML and truth for each host and hands back SOURCES.tsv lines; cut-off and bibliography picks
    follow set 1 but count essay pages alone."""
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
    ap.add_argument("--seed", type=int, default=2033)
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
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({need} essays from {len(cards)} cards, "
          f"{len(SITES) * PAGES_PER_SITE - need} without an essay)")


if __name__ == "__main__":
    main()
