"""Set forty, withheld for issue 13 (site learning): four invented hosts of eighteen pages each, from four
decades of amateur publishing, drafted with no sight of the extractor's code. The script writes each essay
on the spot, drawing on subject cards and phrase lists below; none was lifted from any page.

    /work/main/.venv/bin/python heldout/sites40/generate.py OUTDIR [--seed 2040]

Output: OUTDIR/<host>/page-NN.html with OUTDIR/<host>/truth/page-NN.md beside it (the truth syntax of
bench/scoring.py), and OUTDIR/SOURCES.tsv one level up. Every host also gets two essayless pages, whose
truth says no_essay: true. Output is byte-identical for equal seeds.

Hosts:
  barra      A conjurors' society message board, 1998, Matt Wright's WWWBoard 2.0: one static page per message,
             subject lines with tags and word counts, signatures and postscripts inside the message, a follow-up
             list, and the reply form whose textarea quotes the whole message again behind ": " marks
  benbecula  A pipe band's club site, 2006, e107 0.7: news items pasted from the band newsletter as BBCode, so
             paragraphs are <br /> runs in one div; practice notices and results tables inside the item; chatbox,
             online, diary and poll menus; a generic <title>; halves reserved for the printed newsletter
  fara       A school class wiki, 2011, PBworks: each pupil's essay on a page named after the pupil, the title
             repeated as an h1 inside the page on some, teacher feedback boxes and success-criteria tables in
             the text, the pupil's own word count, unfinished essays, Navigator / SideBar / Recent Activity
  linga      A writers' instance of Plume 0.7, 2022, the federated blogging engine: a subtitle under every title,
             weekly prompts quoted as the article's opening block, counts in the subtitle or the text, likes
             and boosts, licence line, author card, comments; some pieces kept back for the print zine

Taken over verbatim (sets 1-3): truth writing, invented reference lists, escaping, thousands
separators, insertion points, plurals.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
import random
import re
from datetime import date, datetime, timedelta
from pathlib import Path


def _load(name: str, folder: str):
    """Load generate.py of an earlier set, by path."""
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

# Card per line; twelve "|"-separated fields: host | title | subject | x (noun phrase, grammatically singular) |
# people | setting | period (years of three or four digits) | strands, three, ";"-separated | thesis | rival (both
# continue a "that") | fact one | fact two (single sentences, each ending in a full stop and containing no other).

ESSAY_CARDS = """
barra | The Ghost on the Polytechnic Stage | magic history | Pepper's Ghost | the chemist John Henry Pepper, the engineer Henry Dircks and the paying crowds of the Polytechnic | the Royal Polytechnic Institution in London | 1858 to 1890 | a tall sheet of angled plate glass; an actor lit brightly in a pit below the stage; a patent shared between a lecturer and an engineer | Pepper's Ghost succeeded because a science lecturer sold an engineer's idea as theatre | the ghost illusion was wholly Pepper's invention | Pepper first showed the ghost illusion at the Royal Polytechnic Institution in London in 1862. | The illusion reflects a brightly lit figure, hidden from the audience, in a sheet of glass.
barra | Evening Dress at the Palais-Royal | magic history | Robert-Houdin's little Paris theatre | the clockmaker Jean-Eugene Robert-Houdin, his son Emile and the fashionable audiences of Paris | the arcades of the Palais-Royal in Paris | 1845 to 1856 | evening dress in place of a wizard's robe; clockwork figures on the stage; an electromagnet hidden under a light chest | Robert-Houdin made conjuring respectable by dressing it up as science and good manners | Robert-Houdin invented modern conjuring out of nothing | Robert-Houdin opened his Soirees Fantastiques in Paris in 1845. | Before he went on the stage, Robert-Houdin trained as a clockmaker.
barra | England's Home of Mystery | magic history | the Maskelyne and Cooke show at the Egyptian Hall | the cabinet maker John Nevil Maskelyne, his partner George Alfred Cooke and later David Devant | the Egyptian Hall on Piccadilly | 1873 to 1904 | exposing spirit mediums on the stage; a long run in one hired hall; sketches mixing comedy with illusion | the Egyptian Hall seasons turned the exposure of fake mediums into a steady family business | Maskelyne's shows were plain debunking lectures | Maskelyne and Cooke began their long season at the Egyptian Hall in 1873. | John Nevil Maskelyne first made his name by copying the cabinet act of the Davenport brothers.
barra | Locks, Cuffs and Newspapers | magic history | Houdini's handcuff act | Harry Houdini, his wife Bess and the managers and police chiefs he challenged | British music halls and American vaudeville houses | 1899 to 1908 | challenges to escape from any cuffs a local could bring; visits to the police station before the show; newspaper coverage arranged in advance | Houdini's handcuff fame rested on publicity first and lock skill second | Houdini's escapes rested on some superhuman gift | Harry Houdini was born Erik Weisz in Budapest in 1874. | The manager Martin Beck promoted Houdini's handcuff act from 1899.
barra | Knots in the Dark | magic history | the spirit cabinet of the Davenport brothers | Ira and William Davenport, their management and volunteers tying them up | touring halls in Britain and across America | 1854 to 1877 | a wooden cabinet with the brothers roped inside; instruments sounding while the doors were shut; committees from the audience tying the knots | the Davenports were stage performers whose claim to spirit help was a business decision | the brothers sincerely believed they were mediums | The Davenport brothers toured Britain with their cabinet in 1864. | Volunteers from the audience tied the brothers' hands before the cabinet doors closed.
barra | A Rifle at the Wood Green Empire | magic history | the bullet catch of Chung Ling Soo | William Ellsworth Robinson, who performed as Chung Ling Soo, his stage crew and the audience at Wood Green | the Wood Green Empire in north London | 1900 to 1918 | a stage character borrowed from a real Chinese magician; a rifle loaded in full sight of everyone; a gun mechanism left to wear out | Robinson died because stage machinery was neglected over years, not because of a single slip | the bullet catch was doomed by its own design | William Ellsworth Robinson was fatally shot on stage at the Wood Green Empire in 1918. | In character as Chung Ling Soo, Robinson never spoke English on the stage.
barra | Cutting a Lady in Two | magic history | the sawing illusion | the English magician Selbit, the American Horace Goldin and the theatre audiences of London and New York | London's St George's Hall and the American vaudeville circuits | 1921 to 1923 | a box with a woman inside cut through by a saw; rivals copying and patenting within months; publicity stunts with ambulances outside theatres | the sawing illusion won fame through a race between rivals, not one inventor's genius | Goldin alone invented the trick | The magician Selbit first presented his sawing illusion in London in 1921. | Horace Goldin patented his own version of the sawing illusion in 1923.
barra | The Rope That Never Rose | magic history | the Indian rope trick | the Chicago Tribune writer John Wilkie, the travellers who repeated his story and the magicians who offered rewards | newspaper offices in Chicago and London and India's bazaars | 1890 to 1935 | a newspaper hoax printed and later retracted; rewards offered for a live performance; travellers' tales growing with each telling | the rope trick is a story made in newspapers rather than in India | Indian street magicians really performed the trick | The Chicago Tribune printed its account of the Indian rope trick in 1890. | In the 1930s the Magic Circle put up a reward for a genuine performance of the rope trick.
barra | Twenty-Three at Pinoli's | magic history | how the Magic Circle began | the conjurors who met at Pinoli's restaurant, David Devant as first president and members sworn to secrecy | Pinoli's restaurant in Soho and the society's later rooms | 1905 to 1914 | a promise not to reveal methods; a library and a journal for members; rules against exposing tricks to the public | the Magic Circle began as a trade body protecting livelihoods, not as a gentlemen's club | the society was founded to guard mystical secrets | The Magic Circle was formed in London in 1905. | David Devant was the first president of the Magic Circle.
barra | The Man Who Signed Himself Erdnase | magic history | the card manual signed Erdnase | the unknown author who wrote as Erdnase, the card cheats he described and the magicians who studied him | Chicago at the turn of the century | 1902 to 1960 | a self-published manual of card cheating; a pen name nobody has solved; sleights later taken up by stage magicians | the Erdnase book lasted because magicians, not gamblers, became its readers | the book was written as a manual for cheats and nothing else | The Expert at the Card Table first appeared in 1902. | Many readers think the name Erdnase hides the surname Andrews spelled backwards.
barra | The Card That Rose for Houdini | magic history | Dai Vernon's close-up card magic | the Canadian Dai Vernon, Harry Houdini and the younger magicians who learned from him | New York hotel rooms, later a Hollywood club | 1922 to 1963 | a signed card rising to the deck's top; close-up magic for a few people at a table; decades of teaching at a club | Vernon changed magic by making close-up work an art of naturalness rather than of apparatus | Vernon matters only because of one anecdote about Houdini | Dai Vernon reportedly fooled Houdini with a card trick in Chicago in 1922. | Dai Vernon spent his later years teaching at the Magic Castle in Hollywood.
barra | Where Did Jennie Go | magic history | Houdini's vanishing elephant | Harry Houdini, the elephant Jennie and the Hippodrome's audiences | the New York Hippodrome's huge stage | 1917 to 1918 | a large cabinet on an enormous stage; sightlines that hid the method; a trick repeated through one season | the vanishing elephant worked thanks to the theatre's enormous size, and it was never staged elsewhere | the elephant illusion was a marvel of engineering | Houdini made an elephant named Jennie vanish at the New York Hippodrome in 1918. | The Hippodrome stage ranked among New York's largest.
barra | Passing the Mantle | magic history | the handover from Harry Kellar to Howard Thurston | the American magicians Harry Kellar and Howard Thurston and the touring crews who moved their apparatus | American touring theatres | 1869 to 1936 | a levitation bought from Maskelyne; a public handing on of the mantle; a huge touring show carried by rail | American big-show magic depended on railway logistics, with the illusions only half the business | Kellar and Thurston succeeded through personal charm alone | Harry Kellar retired and named Howard Thurston his successor in 1908. | Thurston's touring show needed several railway wagons to move its apparatus.
barra | A Bowl of Water from Nowhere | magic history | Ching Ling Foo's water bowl | the Chinese magician Ching Ling Foo, his troupe and the American imitators who copied him | the vaudeville theatres of America | 1898 to 1905 | a large bowl of water produced from under a cloth; a challenge offering money to anyone who could copy it; rivals putting on Chinese costume | the Ching Ling Foo tour shows how Western magic borrowed the image of Chinese conjuring | the fashion for Chinese acts was a tribute to Chinese magicians | Ching Ling Foo toured the United States from 1898. | Ching Ling Foo produced a large bowl of water from under a cloth.
barra | Three Boxes and a Push | magic history | Robert Harbin's Zig Zag Girl | the magician Robert Harbin, his stage assistants and the magicians who bought his plans | television studios and theatres in Britain | 1965 to 1975 | a cabinet split into three sections; the middle pushed sideways in full view; plans sold on to other magicians | the Zig Zag mattered as much for its sale to other magicians as for the trick itself | the Zig Zag was a trick for one star only | Robert Harbin introduced the Zig Zag Girl in 1965. | Robert Harbin was born in South Africa.
barra | Tricks for One Camera | magic history | television magic in Britain | David Nixon, Tommy Cooper, Paul Daniels and television producers booking them | BBC and ITV studios | 1955 to 1988 | tricks performed for a single camera; comedy standing in for mystery; weekly shows using up material fast | television turned British conjurors into entertainers whose personality outlasted their tricks | television killed conjuring by exposing it | Tommy Cooper collapsed on stage during a live television broadcast in 1984. | The Paul Daniels Magic Show ran on BBC television from 1979.
barra | Rings That Pass Through Each Other | magic history | the Chinese linking rings trick | Chinese street performers, the European conjurors who took up the trick and the dealers selling sets | markets in China and stages across Europe | 1800 to 1950 | solid-looking steel rings joined and parted; a key ring hidden among the others; catalogue sets sold to amateurs | the linking rings spread because dealers sold them cheaply to amateurs | the trick has always belonged to professionals | Conjurors in China performed the linking rings long before European magicians adopted them. | Magic dealers sold sets of linking rings to amateurs by post.
barra | The Queen of Magic | magic history | the career of Adelaide Herrmann | Adelaide Herrmann, her husband Alexander Herrmann and the vaudeville audiences who followed her | the vaudeville stages of America | 1875 to 1928 | an assistant becoming the leading performer after her husband's death; the bullet catch in her own act; decades of touring | Adelaide Herrmann turned the Herrmann name into her own act and outlasted her famous husband | she was only ever her husband's assistant | Alexander Herrmann died in 1896. | Adelaide Herrmann went on performing as the Queen of Magic for decades after her husband's death.
benbecula | Pipes Over the Parapet | piping history | piping in the Great War | Piper Daniel Laidlaw, the regimental pipe majors and the families left behind | Western Front trenches | 1914 to 1918 | pipers playing the men over the top; heavy losses among pipers; laments played at burials behind the lines | pipers on the Western Front were a morale tradition that the army kept up at a terrible cost | pipers were a romantic flourish with no military use | Piper Daniel Laidlaw won the Victoria Cross at Loos in 1915. | Hundreds of pipers were killed or wounded between 1914 and 1918.
benbecula | A Piper on Sword Beach | piping history | Bill Millin's piping on D-Day | Piper Bill Millin, Lord Lovat and the commandos of the 1st Special Service Brigade | the beaches of Normandy | 1944 to 1962 | a personal piper to a commando leader; tunes played on the sand under fire; a story Hollywood retold on film | Millin's piping shows how one commander's personal gesture became a national memory | Millin played under orders from the army | Bill Millin piped the commandos ashore at Sword Beach on 6 June 1944. | Lord Lovat asked Bill Millin to play as the commandos landed.
benbecula | The Pipers of Boreraig | piping history | the MacCrimmon piping school | the MacCrimmon family, the MacLeod chiefs who kept them and the pupils who came to Skye | Boreraig on Skye | 1600 to 1800 | hereditary pipers to a clan chief; a college of piping in all but name; tunes passed on by singing | the MacCrimmon legend sprang from a real hereditary post, inflated by later romantic writers | the MacCrimmons ran a formal college with written rules | The MacCrimmons were hereditary pipers to the MacLeods of Dunvegan. | Pipers taught piobaireachd with a sung system called canntaireachd.
benbecula | Ground and Variations | piping history | piobaireachd | the composers of the clan era, the Highland Society judges and today's competitors | the Highlands and the competition halls | 1600 to 2000 | a slow ground with variations growing more complex; the crunluath movement near the climax; printed settings fixing one version | today's piobaireachd is shaped by nineteenth-century editors no less than by the old pipers | today's piobaireachd is an unbroken oral survival | Piobaireachd, the classical music of the Highland bagpipe, is built as a theme with variations. | The Highland Society of London began holding piping competitions in 1781.
benbecula | Did the Law Ban the Pipes | piping history | the Act of Proscription | the government after Culloden, Highland regiments and historians arguing over the pipes ever since | the Highlands after Culloden | 1746 to 1782 | laws against weapons and Highland dress; a piper tried for carrying his pipes; piping kept alive inside the army | the Act never banned the bagpipes, and the ban story grew out of one trial | the bagpipe was outlawed after Culloden | The Act of Proscription of 1746 outlawed Highland dress. | The piper James Reid was hanged after the Jacobite rising, and his trial fed the ban legend.
benbecula | Prizes on the Games Field | piping history | competitive piping at the Highland games | the Highland Society committees, the professional pipers who toured the games and landowners offering prizes | games fields from Braemar to Cowal | 1781 to 1900 | prize money for piping; judges with strict ideas of style; a circuit of games that made piping a career | the games turned piping into a profession with rules | competition simply preserved the old styles unchanged | The first Cowal Highland Gathering was held in 1894. | Competitions pushed pipers to learn printed settings of tunes.
benbecula | Bands of the Burghs | piping history | the rise of civilian pipe bands | the police forces, works and mining villages that formed bands and the drummers who joined them | central Scotland's industrial towns | 1880 to 1950 | bands attached to police forces and works; snare drummers adding a new sound; band contests with graded sections | civilian pipe bands grew out of industrial communities, not from any clan | pipe bands are an ancient Highland tradition | The first World Pipe Band Championships took place in 1947. | Many early civilian pipe bands were formed by police forces and works.
benbecula | Elbow Pipes | piping history | Irish uilleann piping | the gentlemen pipers of Georgian Dublin, the travelling pipers and the revivalists of the twentieth century | Ireland | 1750 to 1968 | bellows under the arm instead of a blowpipe; regulators played with the wrist; a near collapse and a revival | the uilleann pipes survived thanks to clubs of enthusiasts, not merely to folk continuity | the instrument was always the music of poor travelling pipers | The uilleann pipes are filled by a bellows worked with the arm. | Na Piobairi Uilleann, a society formed to revive the instrument, was founded in 1968.
benbecula | Sweet and Quiet | piping history | Northumbrian smallpipe playing | the Duke of Northumberland's pipers, the makers of Newcastle and the Northumbrian Pipers' Society | Northumberland and Newcastle | 1700 to 1928 | a closed chanter giving crisp separate notes; keys added to the chanter; a society founded to keep the tradition going | the smallpipes survived through the patronage of one ducal family and one society | the smallpipes are just a quiet Highland pipe | The Northumbrian Pipers' Society dates from 1928. | Northumbrian smallpipes are blown with a bellows rather than by mouth.
benbecula | Chanters from the Punjab | piping history | bagpipe making at Sialkot | the instrument makers of Sialkot, the British army bandmasters and the overseas bands who bought cheap sets | the workshops of Sialkot in the Punjab | 1900 to 2005 | skills learned repairing army instruments; cheap sets exported worldwide; arguments among pipers about quality | Sialkot became a bagpipe centre through its army contacts, and the cheap-set reputation is only half the truth | Sialkot makes nothing but poor copies | Sialkot in Pakistan is among the largest producers of bagpipes in the world. | Many pipe bands in South Asia were formed in army regiments.
benbecula | A Hymn in the Hit Parade | piping history | the Royal Scots Dragoon Guards' Amazing Grace | the regiment's pipes and drums, its pipe major and the record company that issued the single | a recording made by an army band | 1971 to 1972 | a hymn arranged for pipes; an army band on the pop charts; sales across many countries | the hit showed that a military band could reach a mass audience through the radio | the single was a one-off fluke | The Royal Scots Dragoon Guards reached number one in Britain with Amazing Grace in 1972. | Amazing Grace was written by the former slave trader John Newton.
benbecula | Sticks and Skins | piping history | pipe band drumming | the rudimental snare drummers, the tenor drummers with their flourishing and contest judges marking the drum corps | pipe band contests | 1920 to 2000 | tight snare rudiments borrowed from Swiss and military styles; tenor drummers swinging their sticks; drum scores judged separately | pipe band drumming grew into an art of its own, not a mere accompaniment | drummers only keep time for the pipers | Most pipe bands use snare, tenor and bass drums. | Modern pipe band snare drums are tuned very high and tight.
benbecula | From Sheepskin to Synthetic | piping history | the switch to modern bagpipe materials | the makers who tried synthetic bags, the players who resisted and the band treasurers watching costs | bagpipe workshops in Scotland and abroad | 1960 to 2005 | sheepskin and hide bags replaced by synthetic ones; reeds of cane giving way to plastic; moisture control systems | practical materials changed the sound less than traditionalists feared | synthetic parts ruined the tone of the pipes | Many pipers now play bags made of synthetic material instead of sheepskin. | Synthetic drone reeds became common among pipers from the 1980s.
benbecula | Classes in the City | piping history | the College of Piping in Glasgow | Seumas MacNeill, Thomas Pearston and the pupils who came for lessons | a teaching room in Glasgow | 1944 to 1990 | a printed tutor book; a magazine called the Piping Times; classes for boys and girls from every background | organised teaching spread piping far beyond the Highlands | piping can only be learned within a family | The College of Piping was founded in Glasgow in 1944. | The College of Piping publishes the magazine Piping Times.
benbecula | One Drone in Galicia | piping history | the Galician gaita | the gaiteiros of Galicia, the folk groups of the Franco years and the revival bands | the villages and towns of Galicia | 1900 to 2000 | a single drone and a conical chanter; state folklore groups under Franco; a revival tied to Celtic festivals | the gaita revival mixed local tradition with a borrowed Celtic image | the gaita is a Scottish import | The gaita is the traditional bagpipe of Galicia in north-west Spain. | Galician pipers now take part in festivals of Celtic music.
benbecula | Bombarde and Biniou | piping history | the Breton bagad | the Breton musicians of the post-war years, the pairs of biniou and bombarde players and the festival at Lorient | towns across Brittany | 1943 to 2000 | Highland pipes adopted by Breton bands; the bombarde beside the pipes; contests that encouraged new arrangements | the bagad was a modern creation of the 1940s that quickly came to feel ancient | the bagad is a medieval Breton tradition | The first Breton bagadou were formed in the late 1940s. | The Festival Interceltique de Lorient began in 1971.
benbecula | Flowers of the Forest | piping history | the piper's lament | pipers at military funerals, clan funerals and the public ceremonies that adopted the lament | funerals and memorials across Scotland and the Commonwealth | 1800 to 2000 | slow airs played at the graveside; one tune becoming the standard lament; pipers at state memorials | the lament's public role grew from military custom rather than clan ritual | funeral piping is a clan custom unchanged for centuries | The Flowers of the Forest is often played by a lone piper at funerals. | The Flowers of the Forest remembers the Scottish dead of Flodden in 1513.
benbecula | Nine Notes and Rising | piping history | the Highland pipe's scale | makers, pipe majors and the acousticians who measured the chanter | workshops and band halls | 1850 to 2005 | a nine-note scale that fits no piano; drones tuned to the low A of the chanter; pitch creeping up over the decades | the bagpipe's pitch has climbed steadily because bands compete on brightness | the bagpipe has a fixed traditional pitch | The chanter of the Highland bagpipe has nine notes. | The pitch of Highland bagpipes rose during the twentieth century.
fara | Gardens on the Lake | Aztecs | chinampa farming at Tenochtitlan | Aztec farmers, the rulers of Tenochtitlan and the canoe men who carried food to the city | the lake around Tenochtitlan | 1325 to 1521 | plots built up from mud and reeds; canals used as roads; food for a city of many thousands | the chinampas fed Tenochtitlan because of careful organisation, not just rich soil | the chinampas were simple floating rafts | Tenochtitlan was founded on an island in Lake Texcoco around 1325. | Chinampas were fields built up in shallow lake water.
fara | How Tenochtitlan Fell | Aztecs | the Spanish conquest of Tenochtitlan | Hernan Cortes, the emperor Moctezuma, the Tlaxcalan allies and the translator Malintzin | Tenochtitlan and the Valley of Mexico | 1519 to 1521 | thousands of local allies fighting the Aztecs; smallpox spreading through the city; a siege that cut the causeways | the Aztec empire fell mainly because its enemies joined the Spanish and disease weakened the city | a few hundred Spanish soldiers conquered the Aztecs on their own | Hernan Cortes landed on the Mexican coast in 1519. | Tenochtitlan fell to the Spanish and their allies in 1521.
fara | Counting with Knots | Incas | the Inca quipu | the record keepers called quipucamayocs, the officials of Cusco and modern researchers | the Inca empire in the Andes | 1400 to 1572 | knotted cords coloured by category; numbers recorded by the position of knots; records read aloud to officials | the quipu was a full accounting system and perhaps more than that | the quipu was only a memory aid | The Inca kept records on knotted cords called quipus. | The Inca did not use a written script of the European kind.
fara | Roads Across the Andes | Incas | the Inca road system | Inca engineers, the relay runners called chasquis and the villages that looked after the roads | the Andes from Ecuador to Chile | 1438 to 1533 | thousands of kilometres of paved and stepped road; rope bridges over deep gorges; runners passing messages | the roads held the empire together more than its armies did | the roads were built mainly for trade | The Inca road network ran for some forty thousand kilometres. | Relay runners called chasquis carried messages along the Inca roads.
fara | A Royal Estate in the Clouds | Incas | Machu Picchu | the emperor Pachacuti, the workers who built the site and the explorer Hiram Bingham | a mountain ridge above the Urubamba valley | 1450 to 1911 | stone walls fitted without mortar; terraces for farming; a site the Spanish never found | Machu Picchu was a royal estate rather than a lost city | Machu Picchu was a secret city hidden from the world | Machu Picchu was probably built for the Inca emperor Pachacuti. | Hiram Bingham made Machu Picchu world-famous in 1911.
fara | Brothers at War Before Pizarro | Incas | the Inca civil war | the brothers Huascar and Atahualpa, their generals and the Spanish who arrived afterwards | the Inca empire | 1527 to 1533 | the emperor Huayna Capac's death; a war between two brothers; Spanish arrival at the worst possible moment | Pizarro succeeded because the empire was already split by civil war | the Spanish won because of better weapons alone | Francisco Pizarro captured Atahualpa at Cajamarca in 1532. | Atahualpa offered to fill a room with gold and silver as his ransom.
fara | The Rubber Ball Game | Mesoamerica | the Mesoamerican ball game | the players, the nobles who watched and bet and the priests who linked the game to myth | ball courts across Mesoamerica | 1400 BC to 1521 | a heavy rubber ball struck with the hips; stone rings high on the court walls; games tied to religion and politics | the ball game was sport, politics and religion all at once | the losers were always sacrificed | Mesoamerican players used a solid ball made of rubber. | The great ball court at Chichen Itza is the largest known in Mesoamerica.
fara | Cracking the Maya Code | Maya | the decipherment of Maya writing | the Russian scholar Yuri Knorozov, the researcher Tatiana Proskouriakoff and the Maya scribes whose texts they read | Maya cities in Mexico and Central America | 1952 to 1990 | a script mixing sound signs with word signs; dates and names of kings on monuments; a long argument among experts | Maya writing was cracked once scholars accepted that it recorded sounds | Maya glyphs were only pictures and calendars | Yuri Knorozov argued in 1952 that Maya writing included signs for sounds. | Maya inscriptions record the names and dates of kings.
fara | A Cycle Closes in 2012 | Maya | the Maya Long Count calendar | Maya astronomers and priests, modern writers who predicted doom and scientists replying to them | Maya cities and modern bookshops | 250 to 2012 | a count of days from a fixed starting date; cycles called baktuns; a date in December 2012 closing a cycle | the 2012 date closes a cycle and prophesies nothing | the Maya foretold doomsday | The Maya Long Count counts days from a starting date in 3114 BC. | One cycle of the Long Count comes to an end in December 2012.
fara | Money That Grew on Trees | Mesoamerica | cacao in Mesoamerica | Maya and Aztec traders, the nobles who drank chocolate and the Spanish who took it to Europe | markets across Mesoamerica | 1400 to 1600 | cacao beans used as small change; a bitter frothy drink for nobles; a new taste carried to Spain | cacao mattered as money as much as food | chocolate was always a sweet treat | The Aztecs used cacao beans as money. | Aztec chocolate drinks were bitter and often spiced with chilli.
fara | Layers of the Great Temple | Aztecs | the Templo Mayor | Aztec priests, the builders who enlarged the temple again and again and the electricity workers who found the Coyolxauhqui stone | the centre of Tenochtitlan, now Mexico City | 1325 to 1978 | a double temple for two gods; seven building phases; an excavation that began by accident | the Templo Mayor shows the Aztec state growing layer by layer | the temple was built all at once | Workers digging in Mexico City found the Coyolxauhqui stone in 1978. | The Templo Mayor had twin shrines to Huitzilopochtli and Tlaloc.
fara | Drawings in the Desert | Andes | the riddle of the Nazca lines | the Nazca people, the researcher Maria Reiche and visitors flying over the desert | the desert plain of Nazca in southern Peru | 1927 to 1998 | figures made by moving dark stones; long straight lines across the plain; dry weather preserving them | the lines were made for walking and ritual, not for viewing from the air | the lines were landing strips for visitors from space | Maria Reiche studied the Nazca lines for most of her life. | The Nazca lines were made by moving dark stones to show the lighter ground beneath.
fara | Giant Stone Faces | Mesoamerica | the Olmec tradition of colossal heads | the Olmec sculptors, the workers who dragged the stone and the archaeologists who found the heads | the Gulf Coast of Mexico | 1862 to 1946 | basalt boulders moved many kilometres; faces of individual rulers; helmets that may show ball players | the heads were portraits of rulers showing off their power | the heads show visitors from Africa | The first colossal Olmec head was reported in 1862. | The Olmec heads were carved from large basalt boulders.
fara | The Codex in Oxford | Aztecs | the Codex Mendoza | Aztec painters, the Spanish viceroy who ordered it and the English collectors who later owned it | New Spain and then Oxford | 1541 to 1659 | pictures of Aztec tribute lists; daily life from childhood to old age; a ship captured by French pirates | the Codex Mendoza tells us about Aztec life through Spanish eyes | the codex is a purely Aztec book | The Codex Mendoza was made in Mexico around 1541. | The Codex Mendoza is kept at the Bodleian Library in Oxford.
fara | Why the Cities Emptied | Maya | the Classic Maya collapse | Maya kings, ordinary farmers and the scientists studying lake mud | the southern Maya lowlands | 750 to 950 | droughts recorded in lake sediments; wars between city states; too many people for the land | the collapse had several causes working together, drought among them | the Maya simply disappeared | Many Classic Maya cities in the southern lowlands were abandoned in the ninth century. | Studies of lake sediments point to severe droughts at that time.
fara | Fresh Water for the Island City | Aztecs | the Chapultepec aqueduct | Aztec engineers, the ruler Nezahualcoyotl and the water carriers of the city | Chapultepec and Tenochtitlan | 1418 to 1521 | a double stone channel so one side could be cleaned; a dike keeping fresh water from salty; public fountains | the water system shows the Aztecs as skilled engineers | the city simply drank lake water | An aqueduct carried fresh water from Chapultepec to Tenochtitlan. | Tradition credits the ruler Nezahualcoyotl with a great dike across the lake.
fara | Merchants and Spies | Aztecs | the pochteca trading system | the pochteca merchant guilds, the rulers who used them as spies and Tlatelolco's traders | the market of Tlatelolco and the long trade routes | 1450 to 1521 | porters carrying goods over long distances; spying on distant peoples; the huge market at Tlatelolco | the pochteca were traders and state agents alike | merchants were just shopkeepers | The market at Tlatelolco amazed the Spanish with its size. | Aztec long-distance merchants were called pochteca.
fara | Potatoes in the Frost | Incas | the Inca food supply | Inca farmers, the state officials who stored food and the researchers studying Moray | the Sacred Valley near Cusco | 1400 to 1533 | terraces holding soil on steep slopes; storehouses called qollqa; freeze-dried potatoes called chuno | Inca farming was planned by the state to survive bad years | the Inca only farmed maize | The Inca stored food in warehouses called qollqa. | Chuno is a freeze-dried potato made in the high Andes.
linga | Reeds from the Delta | paper | papyrus | Egyptian scribes, the papyrus makers of the Delta and Greek and Roman buyers | the marshes of the Nile Delta | 3000 BC to AD 800 | strips of pith laid crosswise and pressed; sheets pasted into long rolls; a state monopoly in later centuries | papyrus was a trade good controlled by Egypt, and that shaped who could write cheaply | papyrus was simply a local plant anyone could use | Papyrus sheets were made from strips of the plant's pith pressed together. | Egyptians wrote on papyrus for thousands of years.
linga | Skins for the Codex | paper | parchment | the workshops of Pergamon, the monastic scriptoria and the butchers who supplied skins | Pergamon and the monasteries of medieval Europe | 200 BC to AD 1500 | skins soaked in lime and scraped; the codex replacing the roll; one animal for a few leaves | parchment won because the codex needed a tough material that could be folded | parchment was invented because Egypt stopped sending papyrus | Pliny tells a story that parchment was invented at Pergamon when papyrus exports stopped. | Vellum is a fine parchment made from calfskin.
linga | The Official's Report | paper | the invention of paper in China | the court official Cai Lun, the papermakers of Han China and court recorders of his method | Han dynasty China | AD 105 to 751 | pulp from bark, rags and old fishing nets; a mould to lift a thin sheet; a method spreading slowly west | Cai Lun improved and reported paper rather than inventing it | paper was one man's invention | Cai Lun reported his papermaking method to the emperor in AD 105. | Fragments of paper older than Cai Lun have been found in China.
linga | Paper Comes to Baghdad | paper | papermaking in the Islamic world | the papermakers of Samarkand and Baghdad, Abbasid officials and the copyists of books | Samarkand, Baghdad and Damascus | 751 to 1100 | rag paper made from linen; paper mills around Baghdad; cheap books and government records | paper spread west through a bureaucracy's needs more than through captured prisoners | Chinese prisoners taken at Talas brought papermaking west single-handed | A paper mill was reportedly working in Baghdad by the 790s. | Papermaking spread from the Islamic world into Spain and Italy.
linga | Hammers at Fabriano | paper | papermaking at Fabriano | the papermakers of Fabriano, the merchants who sold their paper and the notaries of Italian cities | Fabriano, a hill town in Italy | 1264 to 1400 | water-powered hammers beating rags; wire moulds leaving watermarks; animal glue sizing the sheet for ink | Fabriano succeeded through technical improvements that made paper reliable for ink | Fabriano simply copied Spanish paper | Paper was being made at Fabriano by the 1200s. | Fabriano papermakers are credited with early watermarks.
linga | A Sheet Without Lines | paper | James Whatman's wove paper | the papermaker James Whatman, the printer John Baskerville and the artists who liked the smooth sheet | Turkey Mill near Maidstone | 1740 to 1800 | a woven wire mould leaving no lines; a smooth surface for fine printing; watercolour painters choosing it | wove paper spread because printers and artists wanted a smooth surface, not through lower cost | wove paper won on price | James Whatman made wove paper at Turkey Mill in Kent. | John Baskerville printed on wove paper in the 1750s.
linga | The Endless Sheet | paper | the Fourdrinier paper machine | the French inventor Nicolas-Louis Robert, the London stationers Henry and Sealy Fourdrinier and the engineer Bryan Donkin | French and English paper mills | 1799 to 1830 | a moving wire belt making paper in a continuous web; backers who went bankrupt; mills copying the machine | machine-made paper made paper cheap, but its inventors got little reward | the Fourdriniers grew rich from their machine | Nicolas-Louis Robert patented a papermaking machine in France in 1799. | The Fourdrinier brothers went bankrupt despite their famous machine.
linga | Newsprint from the Forest | paper | wood pulp paper | the German Friedrich Gottlob Keller, the Nova Scotian Charles Fenerty and the newspaper owners who needed cheap paper | German and North American mills | 1844 to 1900 | wood ground into fibre; rags running short; acid paper that later turned brown | wood pulp solved a rag shortage but left libraries with crumbling books | wood pulp was a pure improvement | Friedrich Gottlob Keller made paper from ground wood in the 1840s. | Cheap acidic wood pulp paper turns yellow and brittle with age.
linga | Galls, Vitriol and Gum | ink | iron gall ink | medieval scribes, the monks who mixed ink and the conservators who now repair the damage | monasteries and offices across Europe | 1100 to 1900 | oak galls crushed and soaked; iron sulphate turning the mixture black; ink that eats into paper | iron gall ink endured since it cost little and stayed permanent, even though it damages paper | iron gall ink was used only because nothing else existed | Iron gall ink is made from oak galls and iron sulphate. | Old iron gall ink can burn holes right through paper.
linga | The Goose's Contribution | pens | the quill pen | scribes and clerks, the dealers in goose feathers and penknife makers | offices and schoolrooms across Europe | 600 to 1850 | flight feathers from geese; a penknife to cut the nib; endless recutting | the quill's reign ended because it needed constant skilled care | the quill was replaced because geese ran short | Quill pens were usually made from the flight feathers of geese. | The penknife is named for its use in cutting quills.
linga | Nibs by the Gross | pens | the Birmingham steel nib | the manufacturers Joseph Gillott and Josiah Mason and the workers, many of them women, who made the nibs | the workshops of Birmingham | 1820 to 1900 | presses stamping nibs from sheet steel; prices falling to pennies; workshops staffed largely by women | the steel nib made writing cheap for millions | steel nibs were a luxury few could afford | Birmingham led the world's steel pen trade during the 1800s. | Joseph Gillott was among the leading Birmingham pen makers.
linga | Graphite and Clay | pens | the pencil | the miners of Borrowdale, the French engineer Nicolas-Jacques Conte and the pencil makers of Keswick | Borrowdale in Cumberland and workshops in Paris | 1565 to 1832 | a rare deposit of pure graphite; graphite mixed with clay and fired; pencils made in Keswick | the modern pencil came from a wartime shortage in France, not from Borrowdale's riches | English graphite stayed the best pencil material | Nicolas-Jacques Conte patented his method for making pencil leads in 1795. | A rich deposit of graphite was found at Borrowdale in the sixteenth century.
linga | The Pen That Carried Its Own Ink | pens | the fountain pen | the insurance salesman Lewis Waterman, the pen firms Parker and Sheaffer and the office workers who bought their pens | American pen factories | 1884 to 1950 | a feed controlling the flow of ink; self-filling levers; pens given as gifts and badges of status | the fountain pen succeeded as a reliable office tool before turning into a luxury | Waterman invented the first fountain pen | Lewis Waterman patented an improved fountain pen in 1884. | Early fountain pens often leaked or blotted.
linga | A Ball in a Socket | pens | the ballpoint pen | the Hungarian journalist Laszlo Biro, his brother Gyorgy and the manufacturer Marcel Bich | Budapest, Buenos Aires and France | 1938 to 1960 | a ball turning in a socket; quick-drying ink; cheap plastic barrels | the ballpoint succeeded because of cheap manufacturing more than the original invention | the first ballpoints were an instant success | Laszlo Biro patented a ballpoint pen in 1938. | Marcel Bich's company began selling the cheap Bic Cristal in 1950.
linga | Rubbing Out | pens | the rubber eraser | the chemist Joseph Priestley, the instrument maker Edward Nairne and the stationers who sold little cubes of rubber | the stationers' shops of London | 1770 to 1858 | natural rubber shipped from South America; breadcrumbs giving way as the usual way to rub out pencil; a rubber tip fixed to the pencil itself | the eraser spread because stationers sold it cheaply, whatever the tale of its inventor | Priestley invented the eraser single-handed | Joseph Priestley noted in 1770 that rubber would rub out pencil marks. | Before rubber, people often used breadcrumbs to erase pencil.
linga | Winter Work by the River | paper | Japanese washi | papermakers in Japanese villages, the temples that used the paper and the craft associations | river villages in rural Japan | AD 610 to 2014 | fibre from the kozo shrub; sheets formed by rocking the mould; winter work for farming families | washi survived as a village winter craft supported by new uses | washi is only for calligraphy | Papermaking reportedly reached Japan from Korea in AD 610. | Washi is often made from the inner bark of the kozo shrub.
linga | Copies in Carbon | paper | carbon paper | the inventors Ralph Wedgwood and Pellegrino Turri, the office clerks and the typists who made copies | offices in London and Italy | 1806 to 1980 | paper coated with ink or carbon; copies made with a stylus; carbon paper in every typing pool | carbon paper began as an aid for the blind before turning into an office tool | carbon paper was invented for offices | Ralph Wedgwood patented a form of carbon paper in 1806. | Pellegrino Turri built a typing machine for a blind friend and used carbon paper with it.
linga | Soot and Glue | ink | the Chinese ink stick | Chinese ink makers, calligraphers and merchants selling the sticks in Europe as India ink | Chinese ink workshops and European shops | 400 to 1900 | soot from burning pine or oil; glue binding the soot into sticks; ink ground on a stone with water | the ink stick was a manufactured luxury product, not a simple craft | India ink came from India | Chinese ink sticks are made from soot bound with glue. | Much of the ink sold in Europe as India ink actually came from China.
"""

SCHOLARS = ["Halcro", "Clouston", "Foubister", "Moodie", "Scarth", "Garrioch", "Hourston", "Seatter", "Hourie", "Pirie",
            "Duthie", "Esson", "Gauld", "Cargill", "Forgan", "Nicoll", "Bisset", "Balneaves", "Riddoch", "Sangster",
            "Thain", "Warrender", "Yool", "Craigie"]

OPENING = [
    "Put {x} to a roomful of enthusiasts: one tale comes back, give or take a detail.",
    "What gets repeated about {x} goes back to a handful of old books.",
    "{X} counts among the subjects everybody assumes they already understand.",
    "I first read about {x} as a schoolboy and have been quarrelling with that book ever since.",
    "A tidy account of {x} exists, and so does a messier one the documents support.",
    "Enthusiasts for {x} tend to fall into two camps that seldom talk.",
    "This began as a reply to somebody's question about {x} and kept on growing.",
    "{X} is owed something better than the potted version.",
    "Old accounts of {x} sound sure of themselves; sureness and accuracy differ.",
    "Every few years {x} comes round again, dragging the same mistakes along.",
    "Here {x} gets walked through slowly, one piece after another.",
    "Hardly two writers agree on what {x} really amounted to.",
]
FRAME = [
    "The action mostly unfolds around {setting}.",
    "The cast is {people}.",
    "In round figures the story covers {period}.",
    "When I am guessing, I shall own up to it.",
    "There are no new documents here, only old ones read with care.",
    "Some loose ends will still be hanging at the finish.",
]
ROADMAP = [
    "I take {s1} first, then {s2}, and only then try a conclusion.",
    "Every section below prods a single assumption.",
    "Sections run in rough chronological sequence.",
    "The most room goes to {s1}, which left the deepest paper trail.",
    "The best objection I know comes near the end, with a reply.",
]
QUESTION_LEAD = [
    "My puzzle, stated baldly: {question}",
    "What I am actually after is this: {question}",
    "Boiled down, the matter is: {question}",
    "One question refuses to go away: {question}",
]
QUESTIONS = ["why did {x} end up looking the way it did?",
             "which of {people} truly made the difference?",
             "does the standard tale of {x} stand up?",
             "what would {setting} have been like without it?"]
CLAIM_THESIS = [
    "Here is my position: {thesis}.",
    "What I shall argue is that {thesis}.",
    "So far as the evidence goes, {thesis}.",
    "Put briefly: {thesis}.",
    "Weigh {s1}, {s2} and {s3} together and one answer emerges: {thesis}.",
    "The harder I look, the surer I become that {thesis}.",
    "After a long spell with the sources, I believe {thesis}.",
    "This piece makes one case: {thesis}.",
]
LEDE = [
    "{X} had a long prehistory.",
    "Making sense of {x} means going back a little way.",
    "Before {x} came a long run-up.",
    "{X} finished one story even as it started another.",
    "Most of what {x} needed was already lying to hand.",
    "{X} only makes sense against its own times.",
]
CONTEXT = [
    "Cash was short, so nobody gambled lightly.",
    "Know-how went from one pair of hands to the next by watching.",
    "{People} seldom stayed in agreement for long.",
    "Materials often travelled a surprising distance.",
    "Earlier attempts had come to next to nothing.",
    "Hearsay outran every sound report.",
    "{Scholar} never lets readers forget the modest scale of it all.",
    "Almost every surviving scrap originates around {setting}.",
    "Sickness, debt and foul weather wrecked plan after plan.",
    "Fashions turned quickly; what sold one season flopped the next.",
    "Formal records ignore ordinary routine.",
    "Imitators turned up as soon as anything worked.",
]
SETTLE = [
    "Out of all that came {x}.",
    "Seen against that, {x} is less of a surprise.",
    "{X} was a further step on a long road, not a leap.",
    "Those conditions left room for {x}.",
    "Strip away that background and {x} barely makes sense.",
    "{X} belonged wholly to that world.",
]
NAMING = [
    "The name {x} itself is younger than what it describes.",
    "Back then, other words did the job.",
    "The labels {people} gave themselves sound odd today.",
    "Modern terms make a muddled past look orderly.",
    "To choose a name is already to choose a side.",
    "Inconsistent spelling makes every archive search slow.",
]
RECORD = [
    "What survives of {x} is accounts, notices and a scatter of letters.",
    "Documents around {setting} record figures while staying silent on motive.",
    "Letters between {people} lie spread over several collections.",
    "The first printed accounts of {x} copy each other's errors.",
    "Memoirs written long after are lively and untrustworthy.",
    "Objects that survive occasionally disagree with documents.",
]
CAST = [
    "The legend credits far fewer hands than {x} actually needed.",
    "{People} each pulled toward separate goals.",
    "Several of the key figures never wrote a word down.",
    "{Scholar} writes at equal length about assistants and headliners.",
    "Local people mostly made it up as they went.",
]
STRAND_IN = [
    "Begin with {s}.",
    "The best recorded thread is {s}.",
    "Writers usually skip over {s}.",
    "Look harder at {s}.",
    "Print has been oddly quiet about {s}.",
    "After that: {s}.",
    "So much depends on {s}.",
    "Patient readers will find {s} rewarding.",
    "Alongside it all ran {s}.",
    "Documents cluster most densely around {s}.",
]
POINT = [
    "{S} cost more than anybody had budgeted.",
    "Audiences met {s} long before anybody understood its importance.",
    "{Scholar} follows {s} through surviving accounts, slow going but dependable.",
    "Whoever paid for {s} was seldom whoever did the work.",
    "From inside {setting}, {s} looked like part of an ordinary week.",
    "Letters of the period barely notice {s}.",
    "{People} bickered about {s} for years.",
    "People learned {s} by doing, not from any book.",
    "Sheer luck shaped {s}.",
    "Whatever materials lay to hand set limits on {s}.",
    "Competitors copied {s} almost immediately.",
    "Failures with {s} were hardly ever written down.",
    "Progress on {s} came unevenly, stalling often.",
    "Outsiders often spotted {s} before insiders did.",
    "Copying {s} came far cheaper than inventing it.",
    "The part women played in {s} shows up mostly in wage books.",
]
NUMBERS = [
    "{Scholar} ({year}) combed {num} surviving documents and found {s} mentioned in {pct} of every hundred.",
    "Of {num} letters read by {Scholar}, roughly {pct} in every hundred touch on {s}.",
    "{Scholar} ({year}) sets the share of {s} at about {pct} per cent.",
    "Sampling {num} cases, {Scholar} ({year}) keeps running into {s}.",
    "Over {num} comparable cases, {Scholar} ({year}) finds {s} nearly everywhere.",
    "{Scholar} grants that {num} cases is slender evidence, yet traces of {s} turn up throughout.",
    "{Scholar} ({year}) attributes roughly {pct} per cent to {s}.",
    "{Scholar} ({year}) revised earlier estimates for {s} downward, by {pct} per cent.",
]
CASES = [
    "{Scholar} leans heavily on the papers of one family.",
    "Around {setting}, {people} worked out {s} on the hoof.",
    "Parallel examples appear well outside {setting}.",
    "Back then, {s} struck nobody as remarkable.",
    "The same pattern repeats across {period}.",
    "{People} kept returning to the matter late in life.",
    "Every year I find more instances of {s}.",
]
LINK_BACK = [
    "Already, {s} hints that {thesis}.",
    "One example settles little, but {s} fits poorly with textbook versions.",
    "All that came after leaned on {s}.",
    "Thinking about {s} makes me surer that {thesis}.",
    "{S} counted for more locally than records reveal.",
    "Misjudge {s} and later chapters collapse too.",
    "Remove {s} and that neat version collapses.",
]
PIVOT = ["After that, {s} altered the picture.", "From here on, {s} set the pace.",
         "Next, {s} took over.", "{S} made the older methods look tired."]
CITE_LEAD = [
    "{Scholar} sums up {setting} in one sentence:",
    "Years later, somebody who grew up around {setting} wrote:",
    "Addressing a meeting on {x} in {year}, one speaker said:",
    "{Scholar} is plain-spoken on {s}:",
    "{Scholar} has a sharp remark about {s}:",
]
CITED = [
    "Nobody who handled {s} every day saw anything special there.",
    "Overworked people short of money produced {x}.",
    "Ledgers strip the glamour from {s} quickly.",
    "Legend, not fact, fills most books on {x}.",
    "Trace the money behind {s} and mysteries evaporate.",
    "{X} demanded stamina rather than brilliance.",
]
CITE_AFTER = [
    "Harsh, perhaps; not unfair.",
    "A single witness, though a close one.",
    "It was not written to flatter anybody.",
    "Specifics fade; verdicts last.",
]
CITE_AFTER2 = [
    "{People} would hardly have argued.",
    "Contemporaries never thought {s} required comment.",
    "Nobody has checked it beyond {setting}.",
    "Its real worth is a passing remark on {s}.",
    "General histories of {x} leave it out.",
]
LIST_INTRO = [
    "Whenever {x} succeeded, certain ingredients recur:",
    "The good spells for {people} usually came with:",
    "What {setting} needed most of all was:",
    "The better moments around {setting} had in common:",
]
LIST_POINT = [
    "somebody prepared to wait for {s} to pay off",
    "notes about {s} that outlasted whoever wrote them",
    "a cheap corner to experiment with {s}",
    "customers content to wait for {s}",
    "a nearby rival forcing improvements in {s}",
    "frank records of mistakes with {s}",
]
LIST_EXTRA = ["clear prices for {x}", "a way of training beginners in {x}", "a public showing of {x}",
              "several sources of supply for {x}"]
COMPARE = [
    "Beside its neighbours, {x} looks less unusual.",
    "Parallels exist elsewhere, though none quite matches {s2}.",
    "Better-funded rivals quite often did worse.",
    "Comparable ventures in other places kept poorer records.",
    "{People} were far from the only ones trying.",
    "The comparison flatters the rivals of {x} more than enthusiasts care to admit.",
]
COUNTERFACT = [
    "Suppose {s2} had never happened.",
    "Such guessing tests ideas; it proves nothing.",
    "Without {s1}, {setting} would look unfamiliar.",
    "{People} would have needed another route.",
    "Push the guessing much further and it turns into fiction.",
]
LEGACY = [
    "Habits that grew up around {x} outlived it by decades.",
    "Collectors around {setting} returned repeatedly to {x}.",
    "{People} handed on stories that grew at each telling.",
    "Recent research still orbits {s3}.",
    "Every anniversary polishes {x} further.",
    "Morals extracted from {x} seldom withstand scrutiny.",
]
DOUBT = [
    "Some readers will answer that {rival}.",
    "The strongest reply to all this is that {rival}.",
    "Plenty of serious books still say that {rival}.",
    "A fair-minded reader could object that {rival}.",
    "Taken charitably, several sources imply that {rival}.",
]
DOUBT_MORE = [
    "{People} met this complaint during their careers.",
    "Reasonable readers believe this, which earns it a reply.",
    "{Scholar2} ({year2}) argues as much at considerable length.",
    "Partly fair: each decision about {x} cost something.",
]
ANSWER = [
    "Documents around {setting} suggest otherwise.",
    "It cannot explain {s2}.",
    "It presupposes its conclusion about {x}.",
    "It makes {x} neater than the record will allow.",
    "Were it correct, {setting} would seem unremarkable.",
    "{People} clearly paid dearly; whether that decides anything is another matter.",
]
CLOSE_FIRST = [
    "Taking it all together: {thesis}.",
    "On balance, one reading of {x} comes out ahead.",
    "The argument over {x} will not stop here.",
    "Where, finally, does {x} stand?",
    "Combined, the strands point one way: {thesis}.",
    "With the legends cleared away, {x} can finally be weighed honestly.",
    "{X} usually arrives as a catchphrase, saving everyone effort.",
]
CLOSE_MID = [
    "Individually, {s1}, {s2} and {s3} prove little; collectively they come close.",
    "A few still maintain that {rival}; I am not one of them.",
    "Particulars about {s1}, not theory, carry my argument.",
    "Anyone who reads {x} another way is welcome to write in.",
    "Uncatalogued papers around {setting} could still shift the details.",
    "Stripped of its legend, {x} remains worth the effort.",
]
CLOSE_LAST = [
    "{People} might be amused at how much fuss we make about {x}.",
    "If you remain unconvinced, come and spend an afternoon with the sources.",
    "{X} rested on patient everyday skill, which is scarcer than brilliance.",
    "Show me new evidence about {x} and I will revise all this.",
    "Meanwhile, {x} merits far better than a footnote.",
    "Behind {x} lay a mountain of ordinary hard work.",
    "The people behind {x} would most likely just be glad that somebody remembers.",
]
HD_BACK = ["Background", "How it started", "The setting", "Before the story", "Where it began", "First things"]
HD_NAMING = ["Naming", "Words for it", "Names"]
HD_RECORD = ["What survives", "The paper trail", "Finding the evidence"]
HD_CAST = ["Who was involved", "The cast", "Behind the scenes"]
HD_STRAND = ["{S}", "About {s}", "Looking at {s}", "The question of {s}", "Next, {s}", "{S}, and what followed"]
HD_COMPARE = ["Elsewhere", "Comparisons", "Further afield"]
HD_COUNTER = ["What if", "Alternative outcomes", "Imagining otherwise"]
HD_LEGACY = ["Afterwards", "Legacy", "Later years"]
HD_DOUBT = ["Objections", "The other side", "A different view", "Counter-arguments", "But wait", "Arguments against"]
HD_CLOSE = ["Conclusion", "In the end", "Final thoughts", "Wrapping up", "Verdict"]

# Pupils on the class wiki write in their own voice: these pools replace the shared ones for fara.
PUPIL_POOLS = {
    "OPENING": [
        "In this essay I am going to write about {x}.",
        "This essay is about {x} and why it was important.",
        "For our project I chose {x} because it is interesting and a bit strange.",
        "Lots of people get {x} wrong, so I wanted to find out what really happened.",
        "I picked {x} for my essay because I saw a programme about it on television.",
        "My question for this essay is what really happened with {x}.",
    ],
    "CLAIM_THESIS": [
        "I think that {thesis}.",
        "In my opinion {thesis}.",
        "I am going to argue that {thesis}.",
        "After reading about it I believe that {thesis}.",
        "My answer is that {thesis}.",
    ],
    "CLOSE_FIRST": [
        "In conclusion, {thesis}.",
        "To sum up, {x} was more complicated than it first looks.",
        "Overall I think that {thesis}.",
        "Was the common story about {x} correct? Mostly not.",
    ],
    "CLOSE_LAST": [
        "I enjoyed researching {x} and want to read more.",
        "This shows that history is not always what it seems.",
        "{X} still matters today because it teaches us about the past.",
        "Next time I hope to study {s3} more closely.",
        "That is why I think {x} is worth studying.",
    ],
    "HD_CLOSE": ["Conclusion", "My conclusion", "Conclusion and opinion"],
    "HD_BACK": ["Introduction to the topic", "Background", "Some background information"],
}

# Made-up studies carry years up to this cap, host by host; pages date from later.
LATEST_STUDY = {"barra": 1997, "benbecula": 2005, "fara": 2010, "linga": 2021}
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
        assert re.search(r"\d{3,4}", period), period
        assert host in LATEST_STUDY, host
        cards.append(dict(id=f"k{n:03d}", host=host, title=title, subject=subject, x=x, people=people,
                          setting=setting, period=period, strands=[s.strip() for s in strands.split(";")],
                          thesis=thesis, rival=rival, facts=[fact1, fact2]))
    return cards


def draft_essay(card: dict, rng: random.Random) -> dict:
    """Compose a candidate essay for `card` (make_essay loops while the length misses the range).

    Layout: opener naming x and ending with the thesis, optionally preceded by scene, roadmap or question;
    background that contains fact one (fact two sometimes joins); maybe an aside about names, sources or people;
    2-3 strands, sometimes with pivot, quotation or bullets; maybe comparison, counterfactual or
    aftermath; objection with rebuttal; closing. Headings optional. No pattern twice per essay."""
    unused: dict[str, list[str]] = {}
    overrides = PUPIL_POOLS if card["host"] == "fara" else {}

    def take(name: str) -> str:
        pool = overrides.get(name) or globals()[name]
        rest = unused.setdefault(name, rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    pair = rng.sample(SCHOLARS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], Setting=cap(card["setting"]), period=card["period"], s1=s1, s2=s2, s3=s3,
                 S1=cap(s1), S2=cap(s2), thesis=card["thesis"], rival=card["rival"], Scholar=pair[0], Scholar2=pair[1])
    latest = LATEST_STUDY[card["host"]]
    ended = int(re.findall(r"\d{3,4}", card["period"])[-1])
    low = min(max(1950, ended + 3), latest)

    def fill(pattern: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(low, latest), year2=rng.randint(low, latest),
                     pct=rng.choice([11, 14, 19, 23, 27, 31, 36, 41, 44, 49, 56, 63, 68, 74]),
                     num=rng.choice([12, 16, 23, 27, 31, 38, 46, 54, 62, 77, 88, 106]))
        return pattern.format(**slots, **extra)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    def with_card(name: str, k: int) -> list[str]:
        # pool[0] mentions card material, which keeps such paragraphs unique across essays
        pool = globals()[name]
        picked = [pool[0]] + rng.sample(pool[1:], k)
        return [fill(q) for q in picked]

    slots["question"] = cap(fill(rng.choice(QUESTIONS)))
    headed = rng.random() < 0.45
    blocks: list[tuple] = []
    thesis = fill(take("CLAIM_THESIS"))
    opener = fill(take("OPENING"))
    first = [opener]
    parts: list[str] = []
    for share, name, part in ((0.3, "FRAME", "frame"), (0.25, "ROADMAP", "plan"), (0.25, "QUESTION_LEAD", "question")):
        if rng.random() < share:
            first.append(fill(take(name)))
            parts.append(part)
    first.append(thesis)
    blocks.append(para(*first))
    if headed:
        blocks.append(("heading", fill(take("HD_BACK"))))
    back = [fill(take("LEDE")), fill(take("CONTEXT")), card["facts"][0]] + [fill(take("CONTEXT")) for _ in range(rng.randint(0, 1))]
    later = [card["facts"][1]]
    if rng.random() < 0.5:
        back.insert(rng.randint(3, len(back)), later.pop())
    blocks.append(para(*back, fill(take("SETTLE"))))
    aside = rng.random()
    for lo, hi, name, heads, part in ((0.0, 0.12, "NAMING", "HD_NAMING", "names"), (0.12, 0.25, "RECORD", "HD_RECORD", "sources"),
                                      (0.25, 0.35, "CAST", "HD_CAST", "people")):
        if lo <= aside < hi:
            parts.append(part)
            if headed:
                blocks.append(("heading", fill(take(heads))))
            blocks.append(para(*with_card(name, rng.randint(1, 2))))
    strands = [s1, s2, s3] if rng.random() < 0.6 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < 0.35 else None
    list_at = rng.randrange(len(strands)) if rng.random() < 0.3 else None
    pivot_at = rng.randrange(1, len(strands)) if rng.random() < 0.3 else None
    quotation = None
    for i, s in enumerate(strands):
        if pivot_at == i:
            blocks.append(para(fill(take("PIVOT"), s)))
            parts.append("turn")
        if headed:
            blocks.append(("heading", fill(take("HD_STRAND"), s)))
        link = fill(take("LINK_BACK"), s)
        body = [fill(take("STRAND_IN"), s), fill(take("POINT"), s), fill(take("NUMBERS"), s)]
        if rng.random() < 0.35:
            body.insert(2, fill(take("POINT"), s))
        if rng.random() < 0.35:
            body.insert(rng.randint(2, len(body)), fill(take("CASES"), s))
        if later and i == 1:
            body.insert(1, later.pop())
        if rng.random() < 0.25 and len(body) > 3:
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], link))
        else:
            blocks.append(para(*body, link))
        if quote_at == i:
            parts.append("quotation")
            quotation = fill(take("CITED"), s)
            blocks.append(para(fill(take("CITE_LEAD"), s)))
            blocks.append(("quote", quotation))
            blocks.append(para(fill(take("CITE_AFTER"), s), fill(take("CITE_AFTER2"), s)))
        if list_at == i:
            parts.append("list")
            blocks.append(para(fill(take("LIST_INTRO"))))
            items = [cap(fill(take("LIST_POINT"), t)) for t in strands]
            items += [cap(fill(t)) for t in rng.sample(LIST_EXTRA, rng.randint(0, 2))]
            blocks.append(("list", (rng.random() < 0.4, items)))
    extra = rng.random()
    if extra < 0.4:
        parts.append("comparison" if extra < 0.14 else "what-if" if extra < 0.27 else "aftermath")
    if extra < 0.14:
        if headed:
            blocks.append(("heading", fill(take("HD_COMPARE"))))
        blocks.append(para(*[fill(take("COMPARE")) for _ in range(rng.randint(2, 3))]))
    elif extra < 0.27:
        if headed:
            blocks.append(("heading", fill(take("HD_COUNTER"))))
        blocks.append(para(*with_card("COUNTERFACT", rng.randint(1, 2))))
    elif extra < 0.4:
        if headed:
            blocks.append(("heading", fill(take("HD_LEGACY"))))
        blocks.append(para(*with_card("LEGACY", rng.randint(1, 2))))
    if headed:
        blocks.append(("heading", fill(take("HD_DOUBT"))))
    doubt = [fill(take("DOUBT")), fill(take("DOUBT_MORE")), fill(take("ANSWER"), s2)]
    if rng.random() < 0.5:
        doubt.append(fill(take("ANSWER"), s2))
    if rng.random() < 0.35:
        doubt.insert(2, fill(take("DOUBT_MORE")))
    blocks.append(para(*doubt))
    if headed:
        blocks.append(("heading", fill(take("HD_CLOSE"))))
    last = fill(take("CLOSE_LAST"))
    end = [fill(take("CLOSE_FIRST"))] + [fill(take("CLOSE_MID")) for _ in range(rng.randint(1, 2))]
    if rng.random() < 0.3 and len(end) > 2:
        blocks.append(para(*end[:2]))
        blocks.append(para(*end[2:], last))
    else:
        blocks.append(para(*end, last))
    words = sum(len(block_text(b).split()) for b in blocks)
    return dict(id=card["id"], title=card["title"], blocks=blocks, words=words, tags=[card["subject"]],
                domain=card["id"], url="-", earlier="", card=card, thesis=thesis, opener=opener, last=last,
                headed=headed, parts=parts, quotation=quotation)


def make_essay(card: dict, seed: int) -> dict:
    """Draws again with a fresh seed (200 tries at most) until the length falls in range."""
    for attempt in range(200):
        essay = draft_essay(card, random.Random(f"set40:{seed}:draft:{card['id']}:{attempt}"))
        if WORDS_MIN <= essay["words"] <= WORDS_MAX:
            essay["attempt"] = attempt
            return essay
    raise SystemExit(f"card {card['id']}: no draft between {WORDS_MIN} and {WORDS_MAX} words")


# ----------------------------------------------------------------------------------------------- shared bits

ESSAYS_BY_TITLE: dict[str, dict] = {}  # filled by main(); pages that mention siblings look here
ESSAY_PAGES: dict[str, list[int]] = {}  # host -> essay page numbers
SITE_TITLES: dict[str, list[str]] = {}  # host -> titles, ordered like ESSAY_PAGES
CUT_PAGES: dict[str, set[int]] = {}  # host -> pages whose essay is cut short
SEED = 2040  # main() sets it again; the seeded draws below read it


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


class Page(g2.Page):
    """Like set two's Page, but knowing its `site` and `others`."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.site = site
        self.topic = essay["tags"][0]
        self.card = essay["card"]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})

    def truth(self) -> str:
        # short labels (one or two words) occurring inside any chosen essay are dropped from clutter
        common = " ".join(norm(essay_text(t)) for t in ESSAYS_BY_TITLE)
        self.clutter = [c for c in self.clutter if c and (len(c.split()) > 2 or norm(c) not in common)]
        return super().truth()


class IndexPage:
    """Essayless host page (listing, notice); truth just says no_essay."""

    def __init__(self, site: str, index: int, site_titles: list[str], rng: random.Random, kind: str):
        self.site, self.index, self.rng, self.kind = site, index, rng, kind
        self.site_titles = list(site_titles)

    def truth(self) -> str:
        return "site:\nno_essay: true\n---\n"


def _drawn(site: str, role: str, count: int, among: list[int] | None = None) -> list[int]:
    pool = among if among is not None else ESSAY_PAGES[site]
    return sorted(random.Random(f"set40:{SEED}:{site}:{role}").sample(pool, min(count, len(pool))))


def gets(site: str, role: str, count: int, index: int, among: list[int] | None = None) -> bool:
    """Did page `index` win one of `count` seeded draws for `role`?"""
    return index in _drawn(site, role, count, among)


def rank(site: str, role: str, count: int, index: int, among: list[int] | None = None) -> int | None:
    """Position of `index` in the `role` draw, or None."""
    won = _drawn(site, role, count, among)
    return won.index(index) if index in won else None


def early(site: str, role: str, index: int) -> bool:
    """Seeded split of essay pages into 'high' and 'low' placement."""
    order = list(ESSAY_PAGES[site])
    random.Random(f"set40:{SEED}:{site}:{role}:early").shuffle(order)
    return index in order[:(len(order) + 1) // 2]


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Insert at pos; step upward past headings plus leads; never index 0."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, str]]:
    """(kind, html) per shown block; colon-ending paragraphs are "lead"."""
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
    """Backdate references by one constant so the newest lands at or before `latest`."""
    shift = max(0, 2023 - latest)
    move = lambda text: re.sub(r", (\d{4})(?=[.,])", lambda m: f", {int(m.group(1)) - shift}", text)
    p.refs = [(move(plain), move(markup)) for plain, markup in p.refs]


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def strip_tags(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


# ---- 1. barra: the Linn Circle's message board on WWWBoard 2.0, 1998 ------------------------------------------------

BA_BOARD = "The Green Room"
BA_CIRCLE = "Linn Circle of Magicians"
BA_HOST = "http://www.linncircle.org.uk"
BA_DIR = f"{BA_HOST}/greenroom"
BA_RULE = "<hr size=7 width=75%>"
# poster: (e-mail, subject pattern, where the count goes, markup style, signature lines)
BA_POSTERS = {
    "Hamish Gow": ("hgow@linncircle.org.uk", "ESSAY: {title}", None, "html",
                   ["Hamish Gow", "Librarian, Linn Circle of Magicians", "Card magic on Tuesdays at the Tolbooth bar"]),
    "Morag Lorimer": ("morag.lorimer@btclick.example", "{title} (long, {words} words)", "subject", "bold",
                      ["Morag Lorimer, Secretary", "The Linn Circle of Magicians", BA_HOST + "/"]),
    "Ewan Fettes": ("efettes@dial.pipex.example", "{title}", "end", "plain",
                    ["Ewan Fettes", "\"The Amazing Fettucini\" (children's parties, weddings, no job too small)"]),
    "Ruaridh Strang": ("rstrang@strathclyde.example", "{title} - draft for the Circle journal", "top", "font",
                       ["R. Strang", "Journal editor (for my sins)"]),
}
BA_COUNTS = {"end": "[{words} words, for the newsletter if Morag wants it]",
             "top": "Length: {words} words. Corrections to me before the 20th please, it goes to the printer then."}
BA_POSTSCRIPTS = [
    "P.S. Lecture night on {weekday} the {nth} is {member} on rope magic. Bring a length of soft rope.",
    "P.S. Subs for {year} are now due: eight pounds, or five for juniors. Cheques to {member}, not to me.",
    "P.S. The dealers' table at the autumn convention still has two spaces. Ask {member}.",
    "P.S. Has anyone seen the Circle's copy of the Tarbell course, volume three? It was last seen in {member}'s car.",
]
BA_ASIDES = [
    "[Photographs of the apparatus are on the club page, follow the link at the bottom.]",
    "[Anyone with a better date for this, shout. I am working from memory and an old programme.]",
    "[Yes, Tam, I know you have heard this bit before.]",
]
BA_LINKS = [("Linn Circle photo album", f"{BA_HOST}/album/"), ("Ron's rope magic pages", "http://www.geocities.example/ron_ropes/"),
            ("Magic history links at the Circle", f"{BA_HOST}/links.html")]
BA_FOLLOWERS = ["Ally Bremner", "Big Tam", "Jessie Hossack", "Ron Dingwall", "Sandy M.", "Wee Davie"]
BA_REPLIES = ["Great stuff", "Thanks - print it!", "One small correction", "Not sure about the second part",
              "I have a programme from that tour", "Keep them coming", "Seconded"]
BA_CUT = "The board will not take it all in one go, so the rest follows below as a reply to this message."


def ba_poster(title: str) -> str:
    names = list(BA_POSTERS)
    return names[number("barra", "poster", title, mod=len(names))]


def ba_when(index: int) -> datetime:
    d = date(1998, 1, 12) + timedelta(days=19 * index + number("barra", "day", index, mod=5))
    return datetime(d.year, d.month, d.day, 8 + number("barra", "h", index, mod=15), number("barra", "m", index, mod=60),
                    number("barra", "s", index, mod=60))


def ba_msg(index: int) -> int:
    return 311 + 23 * index + number("barra", "msg", index, mod=9)


def ba_long(d: datetime) -> str:
    return f"{d.strftime('%B')} {d.day:02d}, {d.year} at {d.strftime('%H:%M:%S')}"


def ba_short(d: datetime) -> str:
    return f"{d.strftime('%H:%M:%S')} {d.month}/{d.day:02d}/{d.strftime('%y')}"


def ba_subject(title: str, words: int) -> str:
    return BA_POSTERS[ba_poster(title)][1].format(title=title, words=words)


def ba_replies(index: int, title: str, subject: str, who: str, when: datetime, num: int, cut: bool) -> list[tuple]:
    """The follow-ups to one message: (number, subject, poster, time, depth); a cut message's first reply is its part 2."""
    replies = [(num + 1, f"Re: {subject} (part 2)", who, when + timedelta(minutes=4), 0)] if cut else []
    k = number("barra", "nrep", title, mod=4) if not cut else 1 + number("barra", "nrep", title, mod=2)
    names = random.Random(f"set40:{SEED}:barra:names:{title}").sample(BA_FOLLOWERS, k)
    for j, name in enumerate(names):
        re_subj = f"Re: {subject}" if j % 2 == 0 else f"Re: {BA_REPLIES[number('barra', 'rs', title, j, mod=len(BA_REPLIES))]}"
        at = when + timedelta(hours=3 + 11 * j + number("barra", "rt", title, j, mod=7), minutes=number("barra", "rm", title, j, mod=60))
        replies.append((num + 2 + j, re_subj, name, at, 0 if j == 0 else number("barra", "dp", title, j, mod=2)))
    return replies


def ba_nav() -> str:
    return (f'<center>[ <a href="#followups">Follow Ups</a> ] [ <a href="#postfp">Post Followup</a> ] '
            f'[ <a href="{BA_DIR}/wwwboard.html">{BA_BOARD}</a> ] [ <a href="{BA_DIR}/faq.html">FAQ</a> ]</center>')


BA_FRAME = ["Follow Ups", "Post Followup", BA_BOARD, "FAQ", "Follow Ups:", "Post a Followup", "Name:", "E-Mail:",
            "Subject:", "Comments:", "Optional Link URL:", "Link Title:", "Optional Image URL:"]


def ba_followups(num: int, replies: list[tuple[int, str, str, datetime, int]]) -> str:
    """The follow-up tree as nested lists; a reply of depth 1 hangs under the reply before it."""
    tree: list[tuple[tuple, list]] = []
    for reply in replies:
        if reply[4] and tree:
            tree[-1][1].append((reply, []))
        else:
            tree.append((reply, []))

    def item(reply: tuple, kids: list) -> str:
        n, subj, who, when, _ = reply
        inner = "".join(item(*k) for k in kids)
        return (f'<!--top: {n}--><li><a href="{n}.html">{esc(subj)}</a> <b>{esc(who)}</b> <i>{ba_short(when)}</i>\n'
                f"(<!--responses: {n}-->{len(kids)})\n<ul><!--insert: {n}-->\n{inner}</ul><!--end: {n}-->\n")

    return f"<ul><!--insert: {num}-->\n" + "".join(item(*k) for k in tree) + f"</ul><!--end: {num}-->"


def ba_form(num: int, name: str, email: str, subject: str, when: datetime, quoted: str) -> str:
    return (f'<a name="postfp">Post a Followup</a><p>\n<form method=POST action="{BA_HOST}/cgi-bin/wwwboard.pl">\n'
            f'<input type=hidden name="followup" value="{num}">\n<input type=hidden name="origname" value="{attr(name)}">\n'
            f'<input type=hidden name="origemail" value="{attr(email)}">\n<input type=hidden name="origsubject" value="{attr(subject)}">\n'
            f'<input type=hidden name="origdate" value="{ba_long(when)}">\n'
            'Name: <input type=text name="name" size=50><br>\nE-Mail: <input type=text name="email" size=50><p>\n'
            f'Subject: <input type=text name="subject" value="Re: {attr(subject)}" size=50><p>\nComments:<br>\n'
            f'<textarea name="body" COLS=50 ROWS=10>\n{html.escape(quoted, quote=False)}\n</textarea>\n<p>\n'
            'Optional Link URL: <input type=text name="url" size=50><br>\nLink Title: <input type=text name="url_title" size=48><br>\n'
            'Optional Image URL: <input type=text name="img" size=49><p>\n<input type=submit value="Submit Follow Up"> <input type=reset>\n</form>')


def ba_page(subject: str, num: int, name: str, email: str, when: datetime, body: str, followups: str, quoted: str) -> str:
    return f"""<html>
  <head>
    <title>{esc(subject)}</title>
  </head>
  <body bgcolor="#FFFFF0" text="#000000" link="#990000" vlink="#663300">
    <center>
      <h1>{esc(subject)}</h1>
    </center>
{BA_RULE}
{ba_nav()}
{BA_RULE}<p>
Posted by <a href="mailto:{email}">{esc(name)}</a> on {ba_long(when)}:<p>

{body}
<br>
<br>{BA_RULE}<p>
<a name="followups">Follow Ups:</a><br>
{followups}
<br>{BA_RULE}<p>
{ba_form(num, name, email, subject, when, quoted)}
<p>{BA_RULE}
{ba_nav()}
</body></html>
"""


def ba_quote(body: str) -> str:
    """WWWBoard fills the reply box with the message again, tags dropped, every line behind ": "."""
    text = re.sub(r"<p>|</li>|</h\d>|</blockquote>|</font>", "\n\n", body)
    text = strip_tags(re.sub(r"<br>\n?", "\n", text))
    lines = []
    for chunk in re.split(r"\n\s*\n", text):
        chunk = chunk.strip()
        if chunk:
            lines += [f": {ln.strip()}" for ln in chunk.splitlines() if ln.strip()] + [":"]
    return "\n".join(lines[:-1])


def barra(p: Page) -> str:
    rng = p.rng
    site = "barra"
    backdate(p, LATEST_STUDY[site])
    who = ba_poster(p.title)
    email, _, count_at, style, sig = BA_POSTERS[who]
    when = ba_when(p.index)
    num = ba_msg(p.index)
    member = rng.choice([m for m in BA_POSTERS if m != who]).split()[0]

    def heading(v: str) -> str:
        return {"html": f"<h3>{esc(v)}</h3>", "bold": f"<b>{esc(v)}</b>", "plain": f"<h4>{esc(v)}</h4>",
                "font": f'<font size="+1"><b>{esc(v)}</b></font>'}[style]

    def listing(ordered: bool, items: list[str]) -> str:
        if style == "bold":
            return "<br>\n".join(f"* {esc(i)}" for i in items)
        if style == "font":
            return "<br>\n".join(f"- {esc(i)}" for i in items)
        tag = "ol" if ordered or style == "plain" else "ul"
        return f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}" for i in items) + f"\n</{tag}>"

    pieces = shown_pieces(p, heading, lambda v, k: esc(v), lambda v: f"<blockquote>{esc(v)}</blockquote>", listing)
    n_essay = len(pieces)
    if gets(site, "aside", 5, p.index):
        aside = BA_ASIDES[number(site, "aside", p.title, mod=len(BA_ASIDES))]
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("block", esc(aside)))
        p.clutter.append(aside)
    chunks = [h for _, h in pieces]
    subject = ba_subject(p.title, p.words)
    if count_at == "subject":
        p.claimed_words = p.words
        p.clutter.append(f"(long, {p.words} words)")
    elif count_at in BA_COUNTS:
        line = BA_COUNTS[count_at].format(words=p.words)
        p.claimed_words = p.words
        p.clutter.append(line)
        if count_at == "top":
            chunks.insert(0, esc(line))
    if count_at == "end" and p.cut is None:
        chunks.append(esc(BA_COUNTS["end"].format(words=p.words)))
    if p.cut is not None:
        chunks.append(esc(BA_CUT))
        p.clutter.append(BA_CUT)
        if count_at == "end":
            chunks.append(esc(BA_COUNTS["end"].format(words=p.words)))
    elif p.refs:
        chunks.append("<b>Further reading</b><br>\n" + "<br>\n".join(mk for _, mk in p.refs))
    if gets(site, "ps", 8, p.index):
        day = when + timedelta(days=number(site, "psday", p.title, mod=12, base=3))
        nth = f"{day.day}{'th' if 10 <= day.day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day.day % 10, 'th')}"
        ps = BA_POSTSCRIPTS[number(site, "ps", p.title, mod=len(BA_POSTSCRIPTS))].format(
            weekday=day.strftime("%A"), nth=nth, member=member, year=when.year + (1 if when.month > 9 else 0))
        chunks.append(esc(ps))
        p.clutter.append(ps)
    chunks.append("--<br>\n" + "<br>\n".join(esc(s) for s in sig))
    p.clutter += sig
    body = "<p>\n".join(chunks)
    if gets(site, "img", 4, p.index):
        body = f'<center><img src="{BA_DIR}/pics/{digest(site, "img", p.title, n=6)}.jpg"></center><p>\n' + body
    link = None
    if gets(site, "link", 6, p.index) or any("link at the bottom" in c for c in p.clutter):
        link = BA_LINKS[number(site, "link", p.title, mod=len(BA_LINKS))]
        if any("link at the bottom" in c for c in p.clutter):
            link = BA_LINKS[0]
        body += f'\n<br>\n<ul><li><a href="{link[1]}">{esc(link[0])}</a></ul>'
        p.clutter.append(link[0])
    replies = ba_replies(p.index, p.title, subject, who, when, num, p.cut is not None)
    for _, subj, name, at, _ in replies:
        p.clutter += [subj, ba_short(at)]
        if name != who:
            p.clutter.append(name)
    p.clutter += BA_FRAME + [f"Posted by {who} on {ba_long(when)}:", subject if subject != p.title else ""]
    quoted = ba_quote(body)
    return ba_page(subject, num, who, email, when, body, ba_followups(num, replies), quoted)


def barra_index(ix: IndexPage) -> str:
    """No essay: the board's front page, or a short notice about the convention coach."""
    rng = ix.rng
    when = ba_when(ix.index)
    if ix.kind == "board":
        threads = []
        for n in reversed(ESSAY_PAGES["barra"]):
            if n > ix.index + 3:
                continue
            t = ix.site_titles[ESSAY_PAGES["barra"].index(n)]
            e = ESSAYS_BY_TITLE[t]
            num, d, who = ba_msg(n), ba_when(n), ba_poster(t)
            subject = ba_subject(t, e["words"])
            replies = ba_replies(n, t, subject, who, d, num, n in CUT_PAGES["barra"])
            threads.append(f'<!--top: {num}--><li><a href="messages/{num}.html">{esc(subject)}</a> - <b>{esc(who)}</b> '
                           f"<i>{ba_short(d)}</i>\n(<!--responses: {num}-->{len(replies)})\n"
                           + ba_followups(num, replies).replace('href="', 'href="messages/'))
        body = (f'<center><h1>{esc(BA_BOARD)}</h1></center>\n<p>The message board of the {esc(BA_CIRCLE)}. Members and friends '
                "welcome. Please do not expose methods here: the Circle's rule applies on the board as well.</p>\n"
                f'<center>[ <a href="#post">Post Message</a> ] [ <a href="faq.html">FAQ</a> ]</center>\n{BA_RULE}\n<ul>\n<!--begin-->\n'
                + "\n".join(threads) + f"\n</ul>\n{BA_RULE}\n"
                '<a name="post"><center><h2>Post A New Message!</h2></center></a>\n'
                f'<form method=POST action="{BA_HOST}/cgi-bin/wwwboard.pl">\nName: <input type=text name="name" size=50><br>\n'
                'E-Mail: <input type=text name="email" size=50><p>\nSubject: <input type=text name="subject" size=50><p>\n'
                'Message:<br>\n<textarea COLS=50 ROWS=10 name="body">\n</textarea><p>\n'
                'Optional Link URL: <input type=text name="url" size=50><br>\nLink Title: <input type=text name="url_title" size=48><br>\n'
                'Optional Image URL: <input type=text name="img" size=49><p>\n<input type=submit value="Post Message"> <input type=reset>\n</form>\n'
                f'<br>{BA_RULE}\n<center><font size=-1>WWWBoard Version 2.0 ALPHA 2.1 &copy; 1996 Matt Wright</font></center>')
        return (f'<html><head><title>{esc(BA_BOARD)}</title></head>\n<body bgcolor="#FFFFF0" text="#000000" link="#990000" vlink="#663300">\n'
                f"{body}\n</body></html>\n")
    who = "Morag Lorimer"
    email = BA_POSTERS[who][0]
    subject = "Convention coach - seats left"
    num = ba_msg(ix.index)
    lines = ["There are still nine seats on the coach to the autumn convention. It leaves the Tolbooth at 7am sharp "
             "and comes back on the Sunday night.",
             "Twelve pounds return, payable to me before the 30th. Juniors must bring a signed note from home.",
             "If the coach is not full by then it is cars again, so please tell your friends."]
    sig = BA_POSTERS[who][4]
    body = "<p>\n".join(esc(x) for x in lines) + "<p>\n--<br>\n" + "<br>\n".join(esc(s) for s in sig)
    replies = [(num + 1, "Re: Convention coach - seats left", "Big Tam", when + timedelta(hours=2), 0),
               (num + 2, "Re: Convention coach - seats left", "Jessie Hossack", when + timedelta(hours=7), 1)]
    return ba_page(subject, num, who, email, when, body, ba_followups(num, replies), ba_quote(body))


# ---- 2. benbecula: a pipe band's site on e107 0.7, 2006 -------------------------------------------------------------

BE_BAND = "Glenmorven and District Pipe Band"
BE_SHORT = "Glenmorven Pipe Band"
BE_TAG = "Grade 3 competition band, founded 1923. Practice Tuesdays and Thursdays, Glenmorven Church Hall."
BE_HOST = "http://www.glenmorvenpipeband.org.uk"
BE_NEWSLETTER = "From the Drone"
# writer: (display name, rank line, where the count goes)
BE_WRITERS = {"fin_wardlaw": ("Finlay Wardlaw", "Newsletter editor", "top"),
              "pm_dougie": ("Dougie Marnoch", "Pipe Major", "end"),
              "kirsten_drums": ("Kirsten Skene", "Leading drummer", "label"),
              "ally_tenor": ("Ally Troup", "Tenor drum and uniforms", None)}
BE_COUNTS = {"top": "From the Drone, issue {issue}. Length: {words} words.",
             "end": "({words} words - Ed.)",
             "label": "Newsletter word count: {words}"}
BE_CAPTIONS = ["{captions_prefix} {title}", "{title}", "{title} [newsletter]"]
BE_MENU = ["Home", "News", "Forum", "Gallery", "Band Diary", "Links", "Contact Us"]
BE_NOTICES = [
    "Practice is in the Glenmorven Academy hall from {day} while the church hall roof is repaired. Same times: Tuesday and Thursday, 7.30pm.",
    "The learners' chanter class starts again on {weekday} {day}, 6.45pm, before full practice. Bring your practice chanter and tutor book.",
    "Drum corps: extra practice on {weekday} {day} at 7pm for the new medley. Kirsten has the scores.",
    "Uniform fitting on {weekday} {day} after practice. Anyone needing a new doublet, tell Ally before then.",
]
BE_CONTESTS = ["Bridge of Allan Games", "Cowal Gathering", "Perth Highland Games", "Dunbar Pipe Band Contest",
               "North Berwick Games", "Lochearnhead Games", "Crieff Highland Gathering"]
BE_PLACES = ["1st", "2nd", "3rd", "4th", "5th", "6th", "unplaced"]
BE_CHAT = [("pipie_ross", "anyone got a spare drone reed? mine has packed in"), ("learner_calum", "great practice tonight, thanks Dougie"),
           ("bagsandreeds", "is the bus to Cowal leaving at 7 or half 7?"), ("jeanie_m", "raffle tickets at the door on Thursday"),
           ("oldpiper1952", "good luck at the games on Saturday folks"), ("ds_rae", "photos from Perth are up in the gallery"),
           ("kirsten_drums", "drummers: bring your own sticks on Tuesday, the spares have walked"),
           ("ally_tenor", "kilt pins found in the hall, ask me")]
BE_COMMENTERS = ["learner_calum", "bagsandreeds", "oldpiper1952", "jeanie_m", "ds_rae", "pipie_ross"]
BE_COMMENTS = [
    "Great read, Fin. My grandfather played with the band after the war; he would have enjoyed this.",
    "Ran off copies for the learners. Good to know where the tunes come from.",
    "Interesting, but I always heard it the other way round. Will bring my book on Thursday.",
    "Keep these coming. The newsletter is the best thing we do apart from the playing!",
    "Well written. Drumming history next issue, maybe?",
]
BE_DIARY = ["Glenmorven Gala Day, march and display", "Contest, Grade 3 (venue on the notice board)", "Church parade, full uniform",
            "Fundraising ceilidh, Glenmorven Hotel", "Band AGM, church hall", "Beating retreat with the Boys' Brigade"]
BE_CUT = ("The second half appears in From the Drone, issue {issue}. Members can collect a copy at practice; "
          "anyone else, ask at the door on a Tuesday.")
BE_NEED_LOGIN = ("You must be logged in to post comments on this site - please log in, or if you are not registered, "
                 "click here to signup.")


def be_writer(title: str) -> str:
    names = list(BE_WRITERS)
    return names[number("benbecula", "writer", title, mod=len(names))]


def be_when(index: int) -> datetime:
    d = date(2006, 1, 15) + timedelta(days=18 * index + number("benbecula", "day", index, mod=4))
    return datetime(d.year, d.month, d.day, 18 + number("benbecula", "h", index, mod=5), number("benbecula", "m", index, mod=60),
                    number("benbecula", "s", index, mod=60))


def be_issue(index: int) -> int:
    return 27 + index // 3


def be_item(index: int) -> int:
    return 140 + 3 * index + number("benbecula", "item", index, mod=3)


def be_stamp(d: datetime) -> str:
    return f"{d.strftime('%A')} {d.day:02d} {d.strftime('%B')} {d.year} - {d.strftime('%H:%M:%S')}"


def be_caption(title: str, index: int) -> str:
    k = number("benbecula", "caption", title, mod=3)
    if k == 0:
        return f"{BE_NEWSLETTER} #{be_issue(index)}: {title}"
    return title if k == 1 else f"{title} [newsletter]"


def be_box(head: str, inner: str) -> str:
    return (f"<div class='spacer'><div class='menu_caption'>{head}</div>\n<div class='menu_text'>{inner}</div></div>")


def be_menus(index: int, when: datetime) -> tuple[str, str, list[str]]:
    rng = random.Random(f"set40:{SEED}:benbecula:menus:{index}")
    chats = rng.sample(BE_CHAT, 4)
    guests = 2 + number("benbecula", "guests", index, mod=9)
    here = 1 + number("benbecula", "here", index, mod=3)
    members = 58 + index // 2
    left = [be_box("Main Menu", "".join(f"<div class='sitelink'><a href='{BE_HOST}/{slug(m)}.php'>{m}</a></div>" for m in BE_MENU)),
            be_box("Login", "<form method='post' action='news.php'><p>Username:<br /><input class='tbox' type='text' name='username' size='15' />"
                            "<br />Password:<br /><input class='tbox' type='password' name='userpass' size='15' /><br />"
                            "<input type='checkbox' name='autologin' value='1' /> Remember me<br /><input class='button' type='submit' name='userlogin' value='Login' />"
                            "<br /><a href='signup.php'>[ Signup ]</a><br /><a href='fpw.php'>[ Forgot password? ]</a></p></form>"),
            be_box("Online", f"Guests: {guests}<br />Members: 0<br />On this page: {here}<br /><br />Members: {members}<br />Newest: learner_calum")]
    said = [*BE_MENU, "Main Menu", "Login", "Username:", "Password:", "Remember me", "[ Signup ]", "[ Forgot password? ]", "Online",
            f"Guests: {guests}", f"On this page: {here}", f"Members: {members}", "Newest: learner_calum"]
    chat_lines = []
    for j, (nick, msg) in enumerate(chats):
        at = when - timedelta(hours=3 + 19 * j + number("benbecula", "chat", index, j, mod=11))
        stamp = at.strftime("%d %b : %H:%M")
        chat_lines.append(f"<img src='e107_images/bullet2.gif' alt='' /> <b>{nick}</b><br /><span class='smalltext'>{stamp}</span><br />"
                          f"<div class='smallblacktext'>{esc(msg)}</div><br />")
        said += [msg, stamp]
    upcoming = []
    for j, what in enumerate(BE_DIARY[number("benbecula", "diary", index, mod=3):][:3]):
        d = when + timedelta(days=6 + 12 * j + number("benbecula", "dd", index, j, mod=4))
        line = f"{d.strftime('%a')} {d.day} {d.strftime('%b')}: {what}"
        upcoming.append(f"<div class='smalltext'>{esc(line)}</div>")
        said.append(line)
    votes = [number("benbecula", "poll", index, j, mod=12, base=2) for j in range(3)]
    total = sum(votes)
    poll_opts = ["Cowal", "Perth", "Bridge of Allan"]
    poll = "".join(f"<div class='smalltext'>{o}<br /><img src='e107_images/bar.png' height='8' width='{4 * v}' alt='' /> {round(100 * v / total)}%</div>"
                   for o, v in zip(poll_opts, votes))
    right = [be_box("Chatbox", "".join(chat_lines) + "<div style='text-align:center'><a href='chat.php'>[ View all posts ]</a></div>"),
             be_box("Band Diary", "".join(upcoming) + "<div style='text-align:center'><a href='calendar.php'>Full diary</a></div>"),
             be_box("Poll", "<b>Which contest should we aim for next season?</b><br />" + poll + f"<div class='smalltext'>Votes: {total}</div>")]
    said += ["Chatbox", "[ View all posts ]", "Band Diary", "Full diary", "Poll", "Which contest should we aim for next season?", f"Votes: {total}"]
    return "\n".join(left), "\n".join(right), said


def be_page(content: str, left: str, right: str, index: int) -> str:
    render = 0.0712 + number("benbecula", "render", index, mod=900) / 10000
    queries = round(render * (0.18 + number("benbecula", "q", index, mod=20) / 100), 4)
    mem = 2200 + number("benbecula", "mem", index, mod=400)
    db = 19 + number("benbecula", "db", index, mod=9)
    nav = " &middot; ".join(f"<a class='navlink' href='{BE_HOST}/{slug(m)}.php'>{m}</a>" for m in BE_MENU)
    return f"""<?xml version='1.0' encoding='utf-8' ?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
<html xmlns='http://www.w3.org/1999/xhtml' xml:lang="en">
<head>
<title>{esc(BE_SHORT)} / News</title>
<link rel='stylesheet' href='{BE_HOST}/e107_themes/jayya/style.css' type='text/css' />
<link rel='alternate' type='application/rss+xml' title='{esc(BE_SHORT)} RSS' href='{BE_HOST}/e107_plugins/rss_menu/rss.php?1.2' />
<meta http-equiv='content-type' content='text/html; charset=utf-8' />
<meta http-equiv='content-style-type' content='text/css' />
<script type='text/javascript' src='{BE_HOST}/e107_files/e107.js'></script>
</head>
<body>
<div><table class='page_container'><tr><td class='page_header'>
<div id='logo'><img src='{BE_HOST}/e107_themes/jayya/images/band_logo.png' alt='' /></div>
<div class='sitename'>{esc(BE_BAND)}</div>
<div class='sitetag'>{esc(BE_TAG)}</div>
<div class='navbar'>{nav}</div>
</td></tr></table>
<table class='page_container'><tr>
<td class='left_menu'>
{left}
</td>
<td class='default_menu'>
{content}
</td>
<td class='right_menu'>
{right}
</td>
</tr></table>
<div class='footer'><div class='smalltext'>This site is powered by <a href='http://e107.org'>e107</a>, which is released under the terms of the GNU GPL License.</div>
<div class='smalltext'>Render time: {render:.4f} second(s); {queries:.4f} of that for queries. DB queries: {db}. Memory Usage: {fmt_int(mem)}kb</div></div>
</div>
</body>
</html>"""


BE_FRAME = [BE_BAND, BE_TAG, "This site is powered by e107, which is released under the terms of the GNU GPL License."]


def benbecula(p: Page) -> str:
    rng = p.rng
    site = "benbecula"
    backdate(p, LATEST_STUDY[site])
    user = be_writer(p.title)
    name, role, count_at = BE_WRITERS[user]
    when = be_when(p.index)
    issue = be_issue(p.index)

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag} class='bbcode'>" + "".join(f"<li class='bbcode'>{esc(i)}</li>" for i in items) + f"</{tag}>"

    pieces = shown_pieces(p, lambda v: f"<span style='font-size:14px'><b>{esc(v)}</b></span>", lambda v, k: esc(v),
                          lambda v: f"<div class='indent'><i>{esc(v)}</i></div>", listing)
    n_essay = len(pieces)
    if gets(site, "notice", 9, p.index):
        day = when + timedelta(days=number(site, "nday", p.title, mod=14, base=3))
        notice = BE_NOTICES[number(site, "notice", p.title, mod=len(BE_NOTICES))].format(
            weekday=day.strftime("%A"), day=f"{day.day} {day.strftime('%B')}")
        where = spot(n_essay, rng, 1, 3) if early(site, "notice", p.index) else spot(n_essay, rng, 4, 9)
        slot_in(pieces, where, ("block", f"<div style='border:1px solid #996633;padding:4px;background-color:#f5eedc'>"
                                         f"<b>Practice notice:</b> {esc(notice)}</div>"))
        p.clutter += ["Practice notice:", notice]
    if gets(site, "results", 6, p.index):
        rows = []
        for j, contest in enumerate(random.Random(f"set40:{SEED}:benbecula:res:{p.title}").sample(BE_CONTESTS, 3)):
            place = BE_PLACES[number(site, "place", p.title, j, mod=len(BE_PLACES))]
            rows.append(f"<tr><td class='forumheader3'>{contest}</td><td class='forumheader3'>Grade 3</td><td class='forumheader3'>{place}</td></tr>")
            p.clutter.append(contest)
        table = ("<table class='fborder' style='width:70%'><tr><td class='fcaption' colspan='3'>Results so far this season</td></tr>"
                 "<tr><td class='forumheader'>Contest</td><td class='forumheader'>Grade</td><td class='forumheader'>Placing</td></tr>"
                 + "".join(rows) + "</table>")
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("block", table))
        p.clutter += ["Results so far this season", "Placing"]
    turn = rank(site, "photo", 4, p.index)
    if turn is not None:
        event = ["the Gala Day march", "Perth Highland Games", "the Remembrance parade", "a Thursday practice"][turn]
        caption = f"The band at {event}, {when.year - 1}. Photo: {rng.choice([w for w in BE_WRITERS.values() if w[0] != name])[0]}."
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)),
                ("block", f"<img src='{BE_HOST}/e107_images/newspost_images/{digest(site, 'img', p.title, n=8)}.jpg' alt='' style='border:0' />"
                          f"<br /><i>{esc(caption)}</i>"))
        p.clutter.append(caption)
    parts = [h for _, h in pieces]
    if count_at:
        line = BE_COUNTS[count_at].format(words=p.words, issue=issue)
        p.claimed_words = p.words
        p.clutter.append(line)
        if count_at == "end":
            parts.append(esc(line))
        else:
            parts.insert(0, f"<i>{esc(line)}</i>")
    if p.cut is not None:
        cut = BE_CUT.format(issue=issue)
        parts.append(f"<b>{esc(cut)}</b>")
        p.clutter.append(cut)
    elif p.refs:
        parts.append("<b>Books</b><br />" + "<br />".join(mk for _, mk in p.refs))
    # BBCode turns every line break into <br />: a blank line between paragraphs and blocks, one after a heading
    body = parts[0]
    for k, h in enumerate(parts[1:], 1):
        body += "<br />" if parts[k - 1].startswith("<span style='font-size") else "<br /><br />"
        body += h
    caption = be_caption(p.title, p.index)
    category = BE_NEWSLETTER if count_at in ("top", "label") or caption != p.title else "Band history"
    k_comments = number(site, "ncom", p.title, mod=4) if gets(site, "comments", 9, p.index) else 0
    comments = []
    for j, (cname, text) in enumerate(zip(random.Random(f"set40:{SEED}:benbecula:cn:{p.title}").sample(BE_COMMENTERS, k_comments),
                                          random.Random(f"set40:{SEED}:benbecula:ct:{p.title}").sample(BE_COMMENTS, k_comments))):
        at = when + timedelta(hours=2 + 14 * j, minutes=number(site, "cm", p.title, j, mod=60))
        posts = 12 + number(site, "posts", cname, mod=400)
        joined = f"{['Jan', 'Mar', 'Jun', 'Sep', 'Nov'][number(site, 'jm', cname, mod=5)]} {2003 + number(site, 'jy', cname, mod=3)}"
        comments.append(f"<table class='fborder' style='width:95%'><tr><td class='forumheader3' style='width:25%;vertical-align:top'><b>{cname}</b><br />"
                        f"<span class='smalltext'>Posts: {posts}<br />Joined: {joined}</span></td>"
                        f"<td class='forumheader3' style='vertical-align:top'><span class='smalltext'>Posted on {be_stamp(at)}</span><br /><br />{esc(text)}</td></tr></table>")
        p.clutter += [text, f"Posted on {be_stamp(at)}", f"Posts: {posts}", f"Joined: {joined}", cname]
    posted = f"Posted by {user} on {be_stamp(when)}"
    none_yet = "<div class='smalltext'>No comments yet.</div>"
    content = (f"<div class='spacer'><div class='cap_border'><div class='main_caption'><div class='bevel'>"
               f"<img src='{BE_HOST}/e107_themes/jayya/images/bullet2.gif' alt='bullet' /> {esc(caption)}</div></div></div>\n"
               f"<div class='contentbody'>\n<div class='smalltext'>Posted by <a href='user.php?id.{3 + list(BE_WRITERS).index(user)}'>{user}</a> "
               f"on {be_stamp(when)} | <a href='news.php?cat.{2 + len(category) % 3}'>{esc(category)}</a></div>\n"
               f"<div class='newsbody'>{body}</div>\n"
               f"<div class='newsicons' style='text-align:right'><a href='email.php?news.{be_item(p.index)}'><img src='e107_images/generic/email.png' alt='email' title='Email to someone' /></a> "
               f"<a href='print.php?news.{be_item(p.index)}'><img src='e107_images/generic/printer.png' alt='print' title='Printer friendly' /></a> "
               f"<a href='e107_plugins/pdf/pdf.php?news.{be_item(p.index)}'><img src='e107_images/generic/pdf.png' alt='pdf' title='Create PDF of this news item' /></a></div>\n"
               f"<div class='smalltext' style='text-align:right'>[ Comments: {k_comments} ]</div>\n</div></div>\n"
               f"<div class='spacer'><div class='cap_border'><div class='main_caption'><div class='bevel'>Comments</div></div></div>\n"
               f"<div class='contentbody'>{''.join(comments) or none_yet}</div></div>\n"
               f"<div class='spacer'><div class='cap_border'><div class='main_caption'><div class='bevel'>Post comment</div></div></div>\n"
               f"<div class='contentbody'><div style='text-align:center'>{esc(BE_NEED_LOGIN)}</div></div></div>")
    p.clutter += [posted, category, f"[ Comments: {k_comments} ]", "Post comment", BE_NEED_LOGIN, caption if caption != p.title else ""]
    if not comments:
        p.clutter.append("No comments yet.")
    left, right, said = be_menus(p.index, when)
    others = [t for t in SITE_TITLES[site] if t != p.title][:: 3][:4]
    right += "\n" + be_box("Other News", "".join(f"<div class='smalltext'><a href='news.php?item.{be_item(ESSAY_PAGES[site][SITE_TITLES[site].index(t)])}'>{esc(t)}</a></div>" for t in others))
    p.clutter += said + others + ["Other News"] + BE_FRAME
    return be_page(content, left, right, p.index)


def benbecula_index(ix: IndexPage) -> str:
    """No essay: the news front page with item leads, or the band diary."""
    when = be_when(ix.index)
    left, right, _ = be_menus(ix.index, when)
    if ix.kind == "front":
        items = []
        for n in [m for m in reversed(ESSAY_PAGES["benbecula"]) if m < ix.index + 6][:5]:
            t = ix.site_titles[ESSAY_PAGES["benbecula"].index(n)]
            lead = next(v for k, v in ESSAYS_BY_TITLE[t]["blocks"] if k == "paragraph")
            short = " ".join(lead.split()[:28])
            user = be_writer(t)
            items.append(f"<div class='spacer'><div class='cap_border'><div class='main_caption'><div class='bevel'>{esc(be_caption(t, n))}</div></div></div>\n"
                         f"<div class='contentbody'><div class='smalltext'>Posted by {user} on {be_stamp(be_when(n))}</div>\n"
                         f"<div class='newsbody'>{esc(short)} ...</div>\n<div class='smalltext'><a href='news.php?extend.{be_item(n)}'>Read the rest of this news item ...</a>"
                         f" | <a href='comment.php?comment.news.{be_item(n)}'>Comments: {number('benbecula', 'ncom', t, mod=4)}</a></div></div></div>")
        content = "\n".join(items) + "\n<div class='nextprev'><a href='news.php?default.0.10'>&lt;&lt; Older news</a></div>"
        return be_page(content, left, right, ix.index)
    rows = []
    for k, what in enumerate(BE_DIARY + ["Christmas concert, Glenmorven Kirk", "Learners' recital and mince pies"]):
        d = when + timedelta(days=5 + 11 * k + ix.rng.randint(0, 3))
        rows.append(f"<tr><td class='forumheader3'>{d.strftime('%a')} {d.day} {d.strftime('%B %Y')}</td><td class='forumheader3'>{esc(what)}</td>"
                    f"<td class='forumheader3'>{['Full band', 'Competition band', 'All members'][k % 3]}</td></tr>")
    content = ("<div class='spacer'><div class='cap_border'><div class='main_caption'><div class='bevel'>Band Diary</div></div></div>\n"
               "<div class='contentbody'><p>Engagements for the coming months. Turn-out times go round by text the week before.</p>"
               "<table class='fborder' style='width:100%'><tr><td class='forumheader'>Date</td><td class='forumheader'>Engagement</td><td class='forumheader'>Who</td></tr>"
               + "".join(rows) + "</table></div></div>")
    return be_page(content, left, right, ix.index)


# ---- 3. fara: a class wiki on PBworks, 2011 -------------------------------------------------------------------------

FA_WIKI = "S2 History: Empires of the Americas"
FA_HOST = "http://ardlair-s2history.pbworks.com"
FA_SCHOOL = "Ardlair Academy"
FA_TEACHER = "Mrs Slessor"
FA_CRAWL = datetime(2012, 10, 2, 12, 0)
# pupil: (page name pattern, count wording or None, h1 inside the page?)
FA_PUPILS = {
    "Kirsty M": ("{pupil} - {title}", "Word count: {words}", True),
    "Ryan T": ("{title} ({pupil}, 2C)", "({words} words)", False),
    "Aimee L": ("ESSAY {title} final", "{words} words not including bibliography", True),
    "Connor B": ("{title}", None, True),
    "Eilidh F": ("{pupil} - {title}", "Words: {words}", False),
    "Jamie R": ("{title} ({pupil}, 2C)", None, False),
    "Nadia K": ("{title} - final draft", "Word count: {words}", True),
    "Callum P": ("ESSAY {title} final", "({words} words)", False),
}
FA_FOLDERS = ["Aztecs", "Incas", "Maya", "Mesoamerica", "Andes", "Teacher's corner"]
FA_FEEDBACK = [
    "Evidence from two books, well used. Next step: explain why your sources disagree.",
    "A strong opening paragraph. Check how you spell place names and add more dates.",
    "You answer the question well. Try to write more of the middle part yourself instead of copying.",
    "Great research. Next step: make your last paragraph give your answer.",
    "Well organised, with good paragraphs. Next step: name the book behind every number.",
]
FA_LEVELS = ["3a", "4c", "4b", "4a", "5c"]
FA_CRITERIA = ["My introduction answers the question", "I have used at least two sources",
               "I have given my own opinion in the conclusion", "I have checked my spelling and punctuation"]
FA_PICTURES = ["(picture from the library book)", "(map I drew in class, scanned by Mrs Slessor)",
               "(picture from Google Images)", "(photo from my uncle's holiday)"]
FA_CUT = "STILL TO DO: the rest of my essay is in my jotter, I will type it up at lunchtime on Tuesday."
FA_CLASS_COMMENTS = ["i liked the numbers part, didnt know that", "good essay!! you should add a picture",
                     "Can I borrow your book for my one on Thursday?", "this is so good, better than mine",
                     "you put the same fact twice near the middle I think"]
FA_SIDEBAR = ("S2 History, Room 14. Homework is due on Fridays. Essay task: 350 to 600 words on one topic from your "
              "folder, with a bibliography at the end. Use your own words!")


def fa_pupil(title: str) -> str:
    names = list(FA_PUPILS)
    return names[number("fara", "pupil", title, mod=len(names))]


def fa_pagename(title: str) -> str:
    pupil = fa_pupil(title)
    return FA_PUPILS[pupil][0].format(pupil=pupil, title=title)


def fa_when(index: int) -> datetime:
    d = date(2011, 1, 17) + timedelta(days=5 * index + number("fara", "day", index, mod=4))
    return datetime(d.year, d.month, d.day, 9 + number("fara", "h", index, mod=9), number("fara", "m", index, mod=60))


def fa_ago(d: datetime) -> str:
    months = (FA_CRAWL.year - d.year) * 12 + FA_CRAWL.month - d.month - (1 if FA_CRAWL.day < d.day else 0)
    years, months = divmod(months, 12)
    return f"{plural(years, 'year')}, {plural(months, 'month')} ago" if years else f"{plural(months, 'month')} ago"


def fa_url(pagename: str) -> str:
    return f"{FA_HOST}/w/page/{40110000 + number('fara', 'pid', pagename, mod=900000)}/{pagename.replace(' ', '%20')}"


def fa_said(d: datetime) -> str:
    return f"at {d.strftime('%I:%M %p').lstrip('0').lower()} on {d.strftime('%b')} {d.day}, {d.year}"


def fa_sidebar(index: int) -> tuple[str, list[str]]:
    recent = []
    for n in [m for m in reversed(ESSAY_PAGES["fara"]) if m != index][:5]:
        t = SITE_TITLES["fara"][ESSAY_PAGES["fara"].index(n)]
        name = fa_pagename(t)
        recent.append((name, fa_pupil(t)))
    nav = "".join(f'<li class="folder"><a href="{FA_HOST}/w/browse/#view=ViewFolder&amp;param={f.replace(" ", "%20")}">{esc(f)}</a></li>' for f in FA_FOLDERS)
    side = ('<div id="sidebar">\n<div class="sidebox" id="navigator"><h3>Navigator</h3>\n<ul class="navigator">'
            f'<li><a href="{FA_HOST}/w/browse/">Pages &amp; Files</a></li>{nav}'
            f'<li class="page"><a href="{FA_HOST}/w/page/FrontPage">FrontPage</a></li><li class="page"><a href="{FA_HOST}/w/page/SideBar">SideBar</a></li></ul>\n'
            '<p class="options"><a href="#">Options</a></p></div>\n'
            f'<div class="sidebox" id="sidebar-content"><h3>SideBar</h3>\n<div class="wiki"><p>{esc(FA_SIDEBAR)}</p></div></div>\n'
            '<div class="sidebox" id="recent-activity"><h3>Recent Activity</h3>\n<ul class="activity">'
            + "".join(f'<li><a href="{fa_url(n)}">{esc(n)}</a> edited by <a class="user" href="#">{esc(u)}</a></li>' for n, u in recent)
            + '</ul>\n<p><a href="#">More activity...</a></p></div>\n</div>')
    said = ["Navigator", "Pages & Files", *FA_FOLDERS, "FrontPage", "SideBar", "Options", FA_SIDEBAR, "Recent Activity",
            "More activity...", *[n for n, _ in recent], *[f"edited by {u}" for _, u in recent]]
    return side, said


def fa_page(pagename: str, main: str, side: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(FA_WIKI)} / {esc(pagename)}</title>
<link rel="stylesheet" type="text/css" href="http://static.pbworks.com/shared/statics/css/wiki-2.0.css" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{FA_HOST}/w/rss" />
<script type="text/javascript">var PBinfo = {{"wikiname":"ardlair-s2history","pagename":"{attr(pagename)}","perm":"read"}};</script>
</head>
<body class="wiki-page">
<div id="header-wrap"><div id="header">
<div id="header-logo"><a href="{FA_HOST}/w/page/FrontPage">{esc(FA_WIKI)}</a></div>
<div id="header-links"><a href="https://my.pbworks.com/?p=ardlair-s2history">log in</a> | <a href="http://usermanual.pbworks.com/">help</a></div>
</div></div>
<div id="tabbar"><ul><li class="selected"><a href="{FA_HOST}/w/page/FrontPage">Wiki</a></li><li><a href="{FA_HOST}/w/browse/">Pages &amp; Files</a></li></ul></div>
<div id="wrap">
{main}
{side}
</div>
<div id="footer">
<a href="#" onclick="window.print();return false;">Printable version</a> |
PBworks / <a href="http://usermanual.pbworks.com/">Help</a> |
<a href="http://pbworks.com/content/terms">Terms of use</a> / <a href="http://pbworks.com/content/privacy">Privacy policy</a> |
<a href="{FA_HOST}/w/about">About this workspace</a> |
<a href="#">Contact the owner</a> / <a href="{FA_HOST}/w/rss">RSS feed</a> / <span>This workspace is public</span>
</div>
</body>
</html>"""


FA_FRAME = [FA_WIKI, "log in", "help", "Wiki", "Page history", "Printable version", "Terms of use", "Privacy policy",
            "About this workspace", "Contact the owner", "RSS feed", "This workspace is public", "You don't have permission to comment on this page."]


def fara(p: Page) -> str:
    rng = p.rng
    site = "fara"
    backdate(p, LATEST_STUDY[site])
    pupil = fa_pupil(p.title)
    _, count_form, own_h1 = FA_PUPILS[pupil]
    pagename = fa_pagename(p.title)
    when = fa_when(p.index)

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"

    pieces = shown_pieces(p, lambda v: f"<h2>{esc(v)}</h2>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote>\n<p>{esc(v)}</p>\n</blockquote>", listing)
    turn = rank(site, "picture", 4, p.index)
    if turn is not None:
        caption = FA_PICTURES[turn]
        slot_in(pieces, rng.randint(1, max(1, min(4, len(pieces) - 1))),
                ("block", f'<p><img src="{FA_HOST}/f/{1295000000 + number(site, "f", p.title, mod=9000000)}/{slug(p.card["x"])[:24]}.jpg" width="300" /><br />{esc(caption)}</p>'))
        p.clutter.append(caption)
    content = [h for _, h in pieces]
    if own_h1:
        content.insert(0, f"<h1>{esc(p.title)}</h1>\n<p>by {esc(pupil)}, 2C</p>")
        p.clutter.append(f"by {pupil}, 2C")
    else:
        content.insert(0, f"<p><strong>{esc(pupil)}, 2C</strong></p>")
        p.clutter.append(f"{pupil}, 2C")
    if p.cut is not None:
        content.append(f'<p><span style="color: #ff0000;">{esc(FA_CUT)}</span></p>')
        p.clutter.append(FA_CUT)
    if gets(site, "criteria", 5, p.index):
        marks = ["yes", "yes", "yes" if p.cut is None else "not yet", "nearly"]
        content.append('<table border="1" cellpadding="3" cellspacing="0">\n<tr><th>Success criteria</th><th>Done?</th></tr>\n'
                       + "\n".join(f"<tr><td>{esc(c)}</td><td>{m}</td></tr>" for c, m in zip(FA_CRITERIA, marks)) + "\n</table>")
        p.clutter += ["Success criteria", "Done?", *FA_CRITERIA]
    if count_form:
        line = count_form.format(words=p.words)
        content.append(f"<p>{esc(line)}</p>")
        p.claimed_words = p.words
        p.clutter.append(line)
    if p.refs and p.cut is None:
        content.append("<p><strong>Bibliography</strong></p>\n<ul>\n" + "\n".join(f"<li>{mk}</li>" for _, mk in p.refs) + "\n</ul>")
    if gets(site, "feedback", 9, p.index):
        fb = FA_FEEDBACK[number(site, "fb", p.title, mod=len(FA_FEEDBACK))]
        level = FA_LEVELS[number(site, "lv", p.title, mod=len(FA_LEVELS))]
        box = (f'<div style="border: 2px solid #e0c000; background-color: #fff8c0; padding: 6px;"><p><strong>Teacher comment ({FA_TEACHER}):</strong> '
               f"{esc(fb)} <strong>Level: {level}</strong></p></div>")
        if early(site, "feedback", p.index):
            content.insert(1, box)
        else:
            content.append(box)
        p.clutter += [f"Teacher comment ({FA_TEACHER}):", fb, f"Level: {level}"]
    comments = []
    if gets(site, "comments", 8, p.index):
        k = 1 + number(site, "nc", p.title, mod=3)
        people = [FA_TEACHER] + random.Random(f"set40:{SEED}:fara:cp:{p.title}").sample([x for x in FA_PUPILS if x != pupil], 2)
        texts = [FA_FEEDBACK[(number(site, "fb", p.title, mod=len(FA_FEEDBACK)) + 2) % len(FA_FEEDBACK)]] + \
            random.Random(f"set40:{SEED}:fara:ct:{p.title}").sample(FA_CLASS_COMMENTS, 2)
        order = random.Random(f"set40:{SEED}:fara:co:{p.title}").sample(range(3), k)
        for j, o in enumerate(sorted(order)):
            at = when + timedelta(days=1 + 2 * j, hours=number(site, "ch", p.title, j, mod=6))
            comments.append(f'<div class="comment"><p class="comment-meta"><a class="user" href="#">{esc(people[o])}</a> said '
                            f'<span class="date">{fa_said(at)}</span></p>\n<div class="comment-body"><p>{esc(texts[o])}</p></div></div>')
            p.clutter += [texts[o], fa_said(at)]
    edited = when + timedelta(days=number(site, "ed", p.title, mod=5))
    editor = pupil if not gets(site, "teacher-edit", 4, p.index) else FA_TEACHER
    main = (f'<div id="main">\n<div id="pageheader">\n<h1 id="pagetitle">{esc(pagename)}</h1>\n'
            f'<div id="pageinfo"><span>last edited by </span><a class="user" href="#">{esc(editor)}</a> <span>{fa_ago(edited)}</span></div>\n'
            f'<div id="pageactions"><a href="{FA_HOST}/w/page-revisions/{40110000 + number(site, "pid", pagename, mod=900000)}/">Page history</a></div>\n</div>\n'
            f'<div id="wikicontent" class="wiki">\n' + "\n".join(content) + "\n</div>\n"
            f'<div id="comments"><h3>Comments ({len(comments)})</h3>\n' + "\n".join(comments)
            + "\n<p class=\"nocomment\">You don't have permission to comment on this page.</p></div>\n</div>")
    side, said = fa_sidebar(p.index)
    p.clutter += FA_FRAME + said + [f"last edited by {editor} {fa_ago(edited)}", f"Comments ({len(comments)})",
                                    pagename if pagename != p.title else ""]
    return fa_page(pagename, main, side)


def fara_index(ix: IndexPage) -> str:
    """No essay: the wiki's FrontPage with the task and links to pupils' pages, or the Pages & Files list."""
    side, _ = fa_sidebar(ix.index)
    names = [fa_pagename(t) for t in ix.site_titles]
    if ix.kind == "front":
        groups = {}
        for t in ix.site_titles:
            groups.setdefault(ESSAYS_BY_TITLE[t]["tags"][0], []).append(fa_pagename(t))
        lists = "".join(f"<h3>{esc(f)}</h3>\n<ul>\n" + "\n".join(f'<li><a href="{fa_url(n)}">{esc(n)}</a></li>' for n in sorted(v)) + "\n</ul>\n"
                        for f, v in sorted(groups.items()))
        content = (f"<h1>Welcome to {esc(FA_WIKI)}</h1>\n<p>This is the class wiki for 2C at {esc(FA_SCHOOL)}. Each of you has your own page "
                   "for your essay. Please only edit your own page!</p>\n<h2>The task</h2>\n<ol>\n<li>Choose one topic from the folders on the right.</li>\n"
                   "<li>Research it using at least two sources (books or websites).</li>\n<li>Write 350 to 600 words yourself. No copying and pasting!</li>\n"
                   "<li>Add a bibliography and your word count at the end.</li>\n</ol>\n<p><strong>Deadline: Friday 8 April.</strong></p>\n"
                   "<h2>Our essays</h2>\n" + lists + f"<p>{esc(FA_TEACHER)}</p>")
        main = (f'<div id="main">\n<div id="pageheader">\n<h1 id="pagetitle">FrontPage</h1>\n<div id="pageinfo"><span>last edited by </span>'
                f'<a class="user" href="#">{esc(FA_TEACHER)}</a> <span>{fa_ago(fa_when(ix.index))}</span></div>\n</div>\n'
                f'<div id="wikicontent" class="wiki">\n{content}\n</div>\n</div>')
        return fa_page("FrontPage", main, side)
    rows = []
    for t, n in sorted(zip(ix.site_titles, names), key=lambda x: x[1].lower()):
        k = ESSAY_PAGES["fara"][ix.site_titles.index(t)]
        rows.append(f'<tr><td class="name"><a href="{fa_url(n)}">{esc(n)}</a></td><td>{esc(ESSAYS_BY_TITLE[t]["tags"][0])}</td>'
                    f"<td>{fa_when(k).strftime('%b %d, %Y')}</td><td>{esc(fa_pupil(t))}</td></tr>")
    main = ('<div id="main">\n<div id="pageheader">\n<h1 id="pagetitle">Pages &amp; Files</h1>\n</div>\n<div id="browse">\n'
            '<p class="filter">Show: <a href="#">All</a> | <a href="#">Pages</a> | <a href="#">Files</a></p>\n'
            '<table class="browse"><tr><th>Name</th><th>Folder</th><th>Last edited</th><th>By</th></tr>\n' + "\n".join(rows) + "\n</table>\n</div>\n</div>")
    return fa_page("Pages & Files", main, side)


# ---- 4. linga: a writers' instance of Plume 0.7, 2022 ---------------------------------------------------------------

LI_INSTANCE = "Quire"
LI_DOMAIN = "quire.pub"
LI_HOST = f"https://{LI_DOMAIN}"
LI_ABOUT = "A small Plume instance for people who write about paper, ink and the tools of writing."
# handle: (name, blog, blog slug, where the count goes, bio)
LI_WRITERS = {
    "fionnuala": ("Fionnuala Breck", "Deckle Edge", "deckle-edge", "subtitle",
                  "Paper conservator by day. Writes about the stuff books are made of."),
    "mireille": ("Mireille Faucher", "Gall and Vitriol", "gall-and-vitriol", "top",
                 "Calligrapher, ink maker, occasional historian. She/her."),
    "tgellatly": ("Tobias Gellatly", "Nib and Margin", "nib-and-margin", "end",
                  "Retired printer. Collector of pens that do not work any more."),
    "ines": ("Ines Spalding", "The Rag Room", "the-rag-room", None,
             "Librarian, hand papermaker, slow writer."),
}
LI_SUBTITLES = ["On {x}, beyond the familiar version", "Notes toward a short history of {x}",
                "Why {x} was not quite what we were told", "A long look at {x}", "{X}, reconsidered"]
LI_PROMPTS = ["write about a material you can hold in one hand.", "the history of something you use every day.",
              "an object older than anyone who remembers making it.", "something that was once dear and is now cheap."]
LI_EDITS = ["Edit: third paragraph had a wrong year, now fixed (thanks @rosa).",
            "Edit: fixed a broken link and a typo. Nothing else changed.",
            "Edit: added two books to the list after a kind reply below."]
LI_CAPTIONS = ["A sheet held up to the window to show its watermark. My photo.",
               "Ink samples on a scrap of rag paper, photographed on my desk.",
               "From my own collection, photographed beside the kettle."]
LI_LICENCES = ["CC BY-SA", "CC BY", "CC BY-NC", "CC 0"]
LI_TAGS = {"paper": ["paper", "papermaking", "history"], "ink": ["ink", "calligraphy", "history"], "pens": ["pens", "writing tools", "history"]}
LI_COMMENTERS = [("Rosa Ilett", "rosa@writing.exchange"), ("Sam Auld", "scriptorium_sam@quire.pub"),
                 ("Jo Binnie", "bookbinder_jo@mastodon.scot"), ("penfancier", "penfancier@quire.pub"),
                 ("Hanne", "hanne@social.example")]
LI_COMMENTS = ["Lovely piece. Never knew the second part.",
               "Bookmarked for the next time someone at work tells me the old story.",
               "Great piece. Is there a source for that figure midway through? I'd like to chase it.",
               "I read this aloud to our bookbinding group last night. It went down well.",
               "Boosted. More of these, please.",
               "Small quibble: the opening's year looks a few out. Otherwise spot on."]
LI_CUT = "Part two lives in our spring zine; it goes up here once the print run sells out."
LI_FOOT = ["About this instance", "Privacy policy", "Documentation", "Source code", "Matrix room", "Plume 0.7.2"]


def li_writer(title: str) -> str:
    names = list(LI_WRITERS)
    return names[number("linga", "writer", title, mod=len(names))]


def li_when(index: int) -> datetime:
    d = date(2022, 2, 6) + timedelta(days=16 * index + number("linga", "day", index, mod=5))
    return datetime(d.year, d.month, d.day, 7 + number("linga", "h", index, mod=15), number("linga", "m", index, mod=60))


def li_date(d: datetime) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def li_slug(title: str) -> str:
    return "-".join(w.capitalize() for w in slug(title).split("-"))


def li_subtitle(card: dict, words: int, handle: str) -> str:
    sub = LI_SUBTITLES[number("linga", "sub", card["title"], mod=len(LI_SUBTITLES))].format(x=card["x"], X=cap(card["x"]))
    return f"{sub} \u00b7 {words} words" if LI_WRITERS[handle][3] == "subtitle" else sub


def li_page(title: str, description: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<title>{esc(title)}</title>
<meta content="width=device-width, initial-scale=1" name="viewport"/>
<link href="{LI_HOST}/static/cached/css/main.css" rel="stylesheet" type="text/css"/>
<link href="{LI_HOST}/manifest.json" rel="manifest"/>
<link href="{LI_HOST}/static/icons/trwnh/feather/plumeFeather256.png" rel="icon" type="image/png"/>
<meta content="{attr(description)}" name="description"/>
<meta content="{attr(description)}" property="og:description"/>
<meta content="{LI_INSTANCE}" property="og:site_name"/>
<script src="{LI_HOST}/static/cached/plume-front.js" type="module"></script>
</head>
<body>
<header>
<nav id="menu"><a aria-haspopup="true" aria-label="Menu" href="#" role="button" title="Menu"><i class="icon icon-menu"></i></a></nav>
<div id="content">
<nav><a class="title" href="/"><img src="/static/icons/trwnh/feather/plumeFeather256.png"/><p>{LI_INSTANCE}</p></a><hr/>
<a href="/">Latest articles</a><a href="/timeline/local">Local feed</a><a href="/search">Search</a></nav>
<nav><a href="/login">Log in</a><a href="/users/new">Register</a></nav>
</div>
</header>
<div class="container">
{main}
</div>
<footer>
<hr/>
<div><h3>{LI_INSTANCE}</h3><a href="/about">About this instance</a><a href="/privacy">Privacy policy</a></div>
<div><h3>Plume 0.7.2</h3><a href="https://docs.joinplu.me">Documentation</a><a href="https://github.com/Plume-org/Plume">Source code</a><a href="https://matrix.to/#/#plume-blog:matrix.org">Matrix room</a></div>
</footer>
</body>
</html>"""


LI_FRAME = [LI_INSTANCE, "Latest articles", "Local feed", "Search", "Log in", "Register", *LI_FOOT, "Follow", "I like", "Boost",
            "Comments", "Log in, or use your Fediverse account to interact with this article"]


def linga(p: Page) -> str:
    rng = p.rng
    site = "linga"
    backdate(p, LATEST_STUDY[site])
    handle = li_writer(p.title)
    name, blog, blog_slug, count_at, bio = LI_WRITERS[handle]
    when = li_when(p.index)
    subtitle = li_subtitle(p.card, p.words, handle)
    p.clutter.append(subtitle)
    if count_at == "subtitle":
        p.claimed_words = p.words

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>\n" + "\n".join(f"<li>{esc(i)}</li>" for i in items) + f"\n</{tag}>"

    pieces = shown_pieces(p, lambda v: f"<h2>{esc(v)}</h2>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote>\n<p>{esc(v)}</p>\n</blockquote>", listing)
    turn = rank(site, "image", 4, p.index)
    if turn is not None:
        caption = LI_CAPTIONS[turn % len(LI_CAPTIONS)]
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)),
                ("block", f'<p><img alt="{attr(caption.split(".")[0])}" src="/static/media/{digest(site, "img", p.title, n=32)}.jpg"/></p>\n<p><em>{esc(caption)}</em></p>'))
        p.clutter.append(caption)
    body = [h for _, h in pieces]
    if gets(site, "prompt", 8, p.index):
        week = 3 + p.index + number(site, "wk", p.title, mod=3)
        prompt = LI_PROMPTS[number(site, "prompt", p.title, mod=len(LI_PROMPTS))]
        body.insert(0, f"<blockquote>\n<p><strong>Quire prompt, week {week}:</strong> {esc(prompt)}</p>\n</blockquote>")
        p.clutter.append(f"Quire prompt, week {week}: {prompt}")
    if count_at == "top":
        line = f"{p.words} words, about {max(1, round(p.words / 230))} minutes."
        body.insert(1 if body[0].startswith("<blockquote>\n<p><strong>Quire") else 0, f"<p><em>{esc(line)}</em></p>")
        p.claimed_words = p.words
        p.clutter.append(line)
    if p.cut is not None:
        body.append(f'<p><em>{esc(LI_CUT)}</em> <a href="{LI_HOST}/~/{blog_slug}/zine">{LI_DOMAIN}/~/{blog_slug}/zine</a></p>')
        p.clutter += [LI_CUT, f"{LI_DOMAIN}/~/{blog_slug}/zine"]
    elif p.refs:
        body.append("<h2>Books I leaned on</h2>\n<ul>\n" + "\n".join(f"<li>{mk}</li>" for _, mk in p.refs) + "\n</ul>")
        p.clutter.append("Books I leaned on")
    if count_at == "end":
        line = f"({p.words} words, notes not counted)" if p.refs else f"({p.words} words)"
        body.append(f"<p>{esc(line)}</p>")
        p.claimed_words = p.words
        p.clutter.append(line)
    if gets(site, "edit", 5, p.index, among=[n for n in ESSAY_PAGES[site] if n not in CUT_PAGES[site]]):
        edit = LI_EDITS[number(site, "edit", p.title, mod=len(LI_EDITS))]
        body.append(f"<p><em>{esc(edit)}</em></p>")
        p.clutter.append(edit)
    licence = LI_LICENCES[number(site, "lic", handle, mod=len(LI_LICENCES))]
    tags = LI_TAGS[p.topic]
    likes, boosts = 3 + number(site, "likes", p.title, mod=40), number(site, "boosts", p.title, mod=12)
    comments = []
    k = number(site, "ncom", p.title, mod=4)
    who = random.Random(f"set40:{SEED}:linga:cw:{p.title}").sample(LI_COMMENTERS, k)
    said = random.Random(f"set40:{SEED}:linga:cs:{p.title}").sample(LI_COMMENTS, k)
    for j, ((cname, chandle), text) in enumerate(zip(who, said)):
        at = when + timedelta(hours=4 + 20 * j + number(site, "ct", p.title, j, mod=9))
        cid = 2200 + 37 * p.index + j
        comments.append(f'<div class="comment u-comment h-cite" id="comment-{cid}"><main class="content"><header>'
                        f'<a class="author p-author h-card" href="/@/{chandle}/"><img alt="" class="avatar small" src="/static/media/{digest(site, "av", chandle, n=16)}.png"/>'
                        f'<span class="display-name p-name">{esc(cname)}</span><small>@{chandle}</small></a>'
                        f'<div class="dt-published"><a href="#comment-{cid}">{li_date(at)}</a></div></header>'
                        f'<div class="text p-content"><p>{esc(text)}</p></div>'
                        f'<a class="button icon icon-message" href="?responding_to={cid}">Respond</a></main></div>')
        p.clutter += [text, cname, f"@{chandle}", "Respond"]
    if not comments:
        comments.append('<p class="center">No comments yet. Be the first to react!</p>')
        p.clutter.append("No comments yet. Be the first to react!")
    main = (f'<main>\n<header class="article">\n<h1 class="article p-name">{esc(p.title)}</h1>\n<h2 class="article p-summary">{esc(subtitle)}</h2>\n'
            f'<div class="article-info">\n<span class="author">Written by <a class="p-author h-card" href="/@/{handle}/">{esc(name)}</a></span>\n&mdash;\n'
            f'<span class="date dt-published" datetime="{when.strftime("%Y-%m-%dT%H:%M:%S")}">{li_date(when)}</span>\n&mdash;\n'
            f'<a href="/~/{blog_slug}/">{esc(blog)}</a>\n</div>\n</header>\n'
            f'<article class="e-content">\n' + "\n".join(body) + "\n</article>\n"
            f'<div class="article-meta">\n<p>This article is under the {licence} license.</p>\n<ul class="tags">'
            + "".join(f'<li><a class="tag" href="/tag/{attr(t).replace(" ", "%20")}">{esc(t)}</a></li>' for t in tags) + "</ul>\n"
            f'<div class="flex"><img alt="" class="avatar medium" src="/static/media/{digest(site, "av", handle, n=16)}.png"/>'
            f'<div class="grow"><h2 class="p-name"><a href="/@/{handle}/">{esc(name)}</a><small>@{handle}</small></h2><p>{esc(bio)}</p></div>'
            f'<a class="button" href="/@/{handle}/follow/">Follow</a></div>\n'
            f'<div class="actions"><form action="/~/{blog_slug}/{li_slug(p.title)}/like" class="likes" method="post">'
            f'<p aria-label="{plural(likes, "like")}" title="{plural(likes, "like")}">{likes}</p><button class="action" type="submit">I like</button></form>'
            f'<form action="/~/{blog_slug}/{li_slug(p.title)}/reshare" class="reshares" method="post">'
            f'<p aria-label="{plural(boosts, "boost")}" title="{plural(boosts, "boost")}">{boosts}</p><button class="action" type="submit">Boost</button></form></div>\n'
            '<p class="center">Log in, or use your Fediverse account to interact with this article</p>\n'
            '<div class="comments">\n<h2>Comments</h2>\n<div class="list">' + "".join(comments) + "</div>\n</div>\n</div>\n</main>")
    p.clutter += LI_FRAME + [f"Written by {name}", li_date(when), blog, f"This article is under the {licence} license.",
                             *tags, bio, f"@{handle}", name]
    return li_page(f"{p.title} \u22c5 {blog}", subtitle, main)


def linga_index(ix: IndexPage) -> str:
    """No essay: one writer's blog page (cards with subtitles), or the instance's About page."""
    if ix.kind == "blog":
        handle = "ines" if ix.index % 2 else "fionnuala"
        name, blog, blog_slug, _, bio = LI_WRITERS[handle]
        cards = []
        mine = [(n, t) for n, t in zip(ESSAY_PAGES["linga"], ix.site_titles) if li_writer(t) == handle]
        for n, t in reversed(mine):
            e = ESSAYS_BY_TITLE[t]
            cards.append(f'<div class="card h-entry"><main><h3 class="p-name"><a class="u-url" href="/~/{blog_slug}/{li_slug(t)}">{esc(t)}</a></h3>'
                         f'<p class="card-content p-summary">{esc(li_subtitle(e["card"], e["words"], handle))}</p></main>'
                         f'<footer class="authors"><div>By <a class="p-author h-card" href="/@/{handle}/">{esc(name)}</a> \u22c5 '
                         f'<span class="dt-published">{li_date(li_when(n))}</span></div></footer></div>')
        main = (f'<main>\n<div class="h-feed"><div class="flex wrap"><div class="grow"><h1 class="p-name">{esc(blog)}</h1><p>~{blog_slug}@{LI_DOMAIN}</p></div></div>\n'
                f'<div class="user-summary"><p>{esc(bio)}</p></div>\n<section><h2>Authors</h2><a href="/@/{handle}/">{esc(name)}</a></section>\n'
                f'<p>There are {plural(len(mine), "article")} on this blog.</p>\n<section><h2>Latest articles</h2>\n<div class="cards">'
                + "".join(cards) + "</div></section></div>\n</main>")
        return li_page(blog, bio, main)
    writers = len(LI_WRITERS) + 34
    main = (f'<main>\n<h1>About {LI_INSTANCE}</h1>\n<p>{esc(LI_ABOUT)}</p>\n<section class="spaced"><div class="cards"><div class="presentation card">'
            f"<h2>Runs Plume 0.7.2</h2><p>Plume is a decentralised blogging engine.</p></div>"
            f'<div class="presentation card"><h2>Home to {writers} people</h2></div><div class="presentation card"><h2>Who wrote 412 articles</h2></div>'
            f'<div class="presentation card"><h2>And are connected to 1,204 other instances</h2></div></div></section>\n'
            "<h2>Rules</h2>\n<ol><li>Write about paper, ink, pens, letters and the history of writing. Fiction welcome if it fits.</li>"
            "<li>Credit your sources and your photographs.</li><li>Be kind in the comments.</li><li>No advertising.</li></ol>\n"
            f"<p>Administered by @fionnuala and @ines. Write to admin@{LI_DOMAIN} with any trouble.</p>\n</main>")
    return li_page(f"About {LI_INSTANCE}", LI_ABOUT, main)


# ------------------------------------------------------------------------------------------------------- assembly

SITES = {  # host -> (page writer, essayless writer, essayless kinds, pages cut short, pages with references)
    "barra": (barra, barra_index, ["board", "notice"], 3, 3),          # cut: "the rest follows as a reply"
    "benbecula": (benbecula, benbecula_index, ["front", "diary"], 3, 3),  # cut: "second half appears in From the Drone"
    "fara": (fara, fara_index, ["front", "files"], 3, 3),               # cut: "still in my jotter"
    "linga": (linga, linga_index, ["blog", "about"], 3, 3),             # cut: "second half in the zine"
}


def save(path: Path, text: str) -> None:
    if path.parent.name == "barra":  # the 1998 board declares no charset: anything past ASCII goes out as &#NNN;
        path.write_bytes(text.encode("ascii", "xmlcharrefreplace"))
    else:
        path.write_bytes(text.encode("utf-8"))


def units_of(essay: dict) -> set[str]:
    """Normalised text units (blocks, bullets) above five words, headings excluded."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int) -> dict[str, list[dict]]:
    """Per host, seeded card order; drafts overlapping any kept essay are skipped."""
    kept: list[tuple[dict, set[str], str]] = []
    chosen: dict[str, list[dict]] = {}
    for name, (_, _, kinds, _, _) in SITES.items():
        need = PAGES_PER_SITE - len(kinds)
        mine = [c for c in cards if c["host"] == name]
        random.Random(f"set40:{seed}:{name}:order").shuffle(mine)
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
    """Seeded page numbers (2-17) holding no essay."""
    spots = sorted(random.Random(f"set40:{SEED}:{name}:noessay").sample(range(2, PAGES_PER_SITE), len(kinds)))
    return dict(zip(spots, kinds))


def write_folders(outdir: Path, seed: int, chosen: dict[str, list[dict]]) -> list[str]:
    """Writes all hosts' pages plus truths; returns SOURCES.tsv rows."""
    rows = []
    for name, (writer, lister, kinds, cuts, cited) in SITES.items():
        site_rng = random.Random(f"set40:{seed}:{name}")
        indexes = index_pages(name, kinds)
        ESSAY_PAGES[name] = [n for n in range(1, PAGES_PER_SITE + 1) if n not in indexes]
        mine = chosen[name]
        titles = [e["title"] for e in mine]
        SITE_TITLES[name] = titles
        order = list(range(len(mine)))
        site_rng.shuffle(order)
        cut_set, cited_set = set(order[:cuts]), set(order[cuts:cuts + cited])
        CUT_PAGES[name] = {ESSAY_PAGES[name][k] for k in cut_set}
        folder = outdir / name
        (folder / "truth").mkdir(parents=True, exist_ok=True)
        k = 0
        for n in range(1, PAGES_PER_SITE + 1):
            page_rng = random.Random(f"set40:{seed}:{name}:{n}")
            if n in indexes:
                ix = IndexPage(name, n, titles, page_rng, indexes[n])
                save(folder / f"page-{n:02d}.html", lister(ix))
                (folder / "truth" / f"page-{n:02d}.md").write_text(ix.truth(), "utf-8")
                rows.append(f"{name}\tpage-{n:02d}\t-\t0\t(no essay: {indexes[n]} page)")
                continue
            essay = mine[k]
            page = Page(essay, page_rng, n, titles, name)
            if k in cut_set:
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
    ap.add_argument("--seed", type=int, default=2040)
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
