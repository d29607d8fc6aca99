"""Held-out site set 27 (issue 13): four more kinds of page that host essays, written for a first meeting
with site learning and never handed to any batch before.

    usage (project interpreter): generate.py OUTDIR [--seed 2027]

Under OUTDIR, each site gets its own folder of eighteen pages named page-NN.html, and a truth/ folder
beside them with one note for every page, in the format bench/scoring.py parses. None of these page kinds
appears in sets one to twenty-six. The essays come from topic cards and sentence pools found only in this
file, one card per page; OUTDIR/SOURCES.tsv names the card used on each page. The seed alone fixes every byte.

Sites (page kinds):
  ulva     The AMP copy of a history student's blog on a hosted blogging platform, 2019. amp-img figures,
           amp-sidebar, an amp-consent bar, amp-access sections that hold back a members' rest, an
           amp-carousel of other posts quoting each post's final sentence. A box in which the blogger
           explains how the post began opens half the posts and closes the remainder
  rathlin  A homework-help site's question page, 2020: a pupil's question as the h1, then an expert's
           answer whose first line is the essay's title. Tutor tips sit inside the essay, an answer
           outline goes ahead of it or after it, a lock panel hides the rest on a few, and similar questions preview the first 22 words of their answers
  sanda    A social-history museum's learning pages, 2018: a gallery of pupils' essays, each entry with a
           facts table (age band, theme, length, judges' band), an object-in-focus panel placed over the
           text for half the entries and under it for the others, judges' margin remarks, a teachers'
           area wall and cards quoting each entry's counter-argument sentence
  bryher   A regional newspaper's website, 2017, carrying its young writers' supplement: standfirst,
           byline with age and school, ad slots, a pull quote that repeats a line from the essay's
           body, editor's bracketed asides, a subscriber wall, most-read list, reader comments, and
           teasers of other entries giving their first two sentences

Borrowed without change from the earliest three sets: truth-note writing, the folder layout, the teaser
cuts and made-up reference lists.
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

# ------------------------------------------------------------------------------------------------ TOPIC cards
# One card per line below, eleven fields separated by "|": title, subject, x (a noun phrase naming the
# episode), people (a plural group), setting, period (holding a four-digit year), three strands joined by
# ";", thesis and rival (both read after "that"), then two facts. A fact ends with its only full stop,
# which keeps each fact in one piece for any sentence splitter.

ESSAY_CARDS = """
The Wheel That Turned Itself | history of science | the Orffyreus wheel | Johann Bessler, the Landgrave Karl of Hesse-Kassel and the learned visitors who examined the machine | the castle of Weissenstein near Kassel | 1712 to 1727 | the public trials of the wheel at Gera and Merseburg; the sealed room in which the wheel turned for weeks; the maidservant's later story of a hidden helper | the wheel's fame rested on the Landgrave's patronage far more than on any test | the wheel was an honest invention that the world failed to understand | Johann Bessler, who called himself Orffyreus, showed a self-turning wheel at Gera in 1712. | The Landgrave of Hesse-Kassel had the wheel locked in a sealed room at Weissenstein over the winter of 1717.
A Kidnapping on the Moroccan Coast | diplomatic history | the Perdicaris affair | Ion Perdicaris, the rebel chief Raisuli and the officials of Theodore Roosevelt's government | Tangier and the hills behind it | 1904 | the seizure of Perdicaris from his summer house; the warships sent to Tangier; the telegram read out to the Republican convention | the affair was staged for voters at home more than for the captive in the hills | Roosevelt's firmness alone forced the release | Ion Perdicaris was seized from his house near Tangier in May 1904. | The words Perdicaris alive or Raisuli dead were read out at the Republican convention in June 1904.
Three Islands Sold for Gold | diplomatic history | the sale of the Danish West Indies | Danish ministers, American negotiators and the islanders of St Thomas, St John and St Croix | the harbour of Charlotte Amalie | 1865 to 1917 | the failed sale treaty of the 1860s; the wartime fear of a German naval base; the Danish referendum of 1916 | the islands changed hands for strategic reasons in which the islanders had no voice | the sale was a fair bargain freely made between two friendly states | The United States agreed to pay twenty-five million dollars in gold for the Danish West Indies. | The islands were formally handed over to the United States on 31 March 1917.
A Rock in the North Sea | diplomatic history | the handing over of Heligoland | Lord Salisbury, Chancellor Leo von Caprivi and the fishermen of the island | the island of Heligoland | 1807 to 1890 | the island's years as a quiet British outpost; the bargaining over African claims; the vote that islanders never received | Britain treated the island as small change in a much larger African deal | the exchange was a shrewd British gain at no real cost | Heligoland had been held by Britain since 1807. | Britain handed Heligoland to Germany under a treaty signed in July 1890.
The Poet's Fifteen Months | political history | D'Annunzio's occupation of Fiume | Gabriele D'Annunzio, his legionaries and the governments in Rome and Belgrade | the port of Fiume on the Adriatic | 1919 to 1920 | the march of the volunteers into the city; the Charter of Carnaro and its pageantry; the shelling that ended the occupation | the occupation rehearsed a style of politics that others would soon copy | the episode was a poet's harmless theatrical adventure | Gabriele D'Annunzio marched into Fiume with a force of volunteers in September 1919. | Italian forces drove D'Annunzio out of Fiume in December 1920.
Three Trains and One Tunnel | transport history | the Clayton Tunnel crash | the signalman Henry Killick, the drivers of three excursion trains and the Brighton company's board | the Clayton Tunnel on the London to Brighton line | 1861 | the timetable that sent three trains off within minutes; the needle telegraph and the misread flag; the inquiry that faulted staff instead of rules | the crash came from a working system that relied on every man being perfect | one careless signalman caused the disaster | Three trains entered the Clayton Tunnel on the Brighton line within minutes of each other on 25 August 1861. | The collision in the Clayton Tunnel killed twenty-three passengers.
Children Under the Hill | social history | the Huskar pit disaster | the child workers of Silkstone, their parents and the coal owners | the Huskar pit at Silkstone near Barnsley | 1838 to 1842 | the storm that flooded the drift; the funerals of the twenty-six children; the commission that reported on children in mines | the deaths shocked Parliament only because a report soon printed pictures of what children did underground | the storm's effects were beyond anyone's foresight | Twenty-six children drowned in the Huskar pit at Silkstone during a storm in July 1838. | An act passed in 1842 stopped mine owners employing women and girls underground.
Shots on the Road to Lattimer | labour history | the Lattimer massacre | striking miners from Poland, Slovakia and Lithuania, Sheriff James Martin and his deputies | the road between Harwood and Lattimer in Pennsylvania | 1897 to 1898 | the march of unarmed strikers under the American flag; the deputies' volley at the roadside; the trial that acquitted every deputy | the shooting grew out of a belief that immigrant miners had no rights worth respecting | the deputies fired in panic at a threatening crowd | Sheriff's deputies fired on unarmed striking miners near Lattimer in Pennsylvania on 10 September 1897. | Sheriff James Martin and his deputies were acquitted at trial in 1898.
A Strike Staged in a Theatre | labour history | the Paterson silk strike | the silk weavers and dyers of Paterson, organisers of the Industrial Workers of the World and writers from Greenwich Village | the mill town of Paterson in New Jersey | 1913 | the walkout over the four-loom system; the pageant performed by strikers in Manhattan; the slow return to work in the summer | the strike was lost in the mills even as it was won on the stage | the strike failed because outsiders led it astray | Silk workers in Paterson, New Jersey, went on strike in February 1913. | Strikers performed the Paterson Strike Pageant at Madison Square Garden in June 1913.
Two Governors in Little Rock | political history | the Brooks-Baxter War | Joseph Brooks, Governor Elisha Baxter and their armed supporters | the Arkansas statehouse in Little Rock | 1872 to 1874 | the disputed election of 1872; the seizure of the statehouse; the President's decision between the rivals | the war was settled by Washington's weariness rather than by any judgement of who had won | the quarrel was a comic opera with no serious stakes | Joseph Brooks seized the Arkansas statehouse from Governor Elisha Baxter in April 1874. | President Grant recognised Baxter as the lawful governor of Arkansas in May 1874.
The Governor Who Called Out the Militia | political history | the Kirk-Holden War | Governor William Holden, Colonel George Kirk and the night riders of the Piedmont | Alamance and Caswell counties in North Carolina | 1870 to 1871 | the killings that prompted the governor to act; the militia's arrests without trial; the impeachment that followed the election | Holden was removed for defending Black citizens with methods that his enemies could call tyranny | the governor was a reckless partisan who deserved to fall | Governor William Holden declared Alamance and Caswell counties in insurrection in 1870. | William Holden was impeached and removed from office in March 1871.
Two Houses in Harrisburg | political history | the Buckshot War | Thaddeus Stevens, Governor Joseph Ritner and the rival members of two assemblies | the state capital at Harrisburg | 1838 | the disputed returns from Philadelphia; the rival speakers in one chamber; the militia summoned with buckshot cartridges | bloodshed was avoided since each party dreaded the voters more than its rival | the affair was a dangerous attempt at a coup | Two rival bodies each claimed to be the Pennsylvania House of Representatives in December 1838. | Governor Joseph Ritner called out the militia during the dispute in Harrisburg.
A Railway Over the Alps | transport history | the Fell railway over Mont Cenis | the engineer John Barraclough Fell, his British backers and the builders of the tunnel below | the road over the Mont Cenis pass | 1865 to 1871 | the centre rail that gripped the steep road; the winter storms that closed the line; the tunnel that made it pointless | the line was a clever stopgap built in full knowledge that it would not last | the line was a failure that wasted its backers' money | Trains using John Fell's centre rail began carrying passengers over the Mont Cenis pass in June 1868. | The Mont Cenis railway closed after the rail tunnel under the Alps opened in 1871.
A Station Too Large for Its Village | transport history | the international station at Canfranc | the Spanish and French governments, engineers of the Somport tunnel and the villagers of the valley | the Aragon valley below the Pyrenees | 1882 to 1928 | the decades of delay before the tunnel; the huge station built for two gauges; the small traffic that followed the opening | the station expressed national pride more than any need for trade | the line failed only because of later accidents and wars | King Alfonso XIII and President Gaston Doumergue opened the international station at Canfranc in July 1928. | The Somport rail tunnel carried the Canfranc line under the Pyrenees into France.
Rails Across the Narrow Waist | transport history | the Tehuantepec railway | President Porfirio Diaz, the contractor Weetman Pearson and the dock workers of the two ports | the Isthmus of Tehuantepec | 1879 to 1914 | the failed early attempts at a line; the rebuilding of the railway and its harbours; the canal at Panama that drew away the trade | a working line was ruined by a rival that governments preferred | geography condemned the line from its first day | President Porfirio Diaz opened the rebuilt Tehuantepec railway in January 1907. | The contractor Weetman Pearson rebuilt the line and the harbours at both ends of the isthmus.
A Short Cut Through Manchuria | imperial history | the Chinese Eastern Railway | Sergei Witte, Li Hongzhang and the Russian and Chinese labourers on the line | the plains of Manchuria | 1896 to 1903 | the secret agreement that granted the route; the building of Harbin from nothing; the Boxer attacks on the unfinished line | the railway was a tool of Russian expansion dressed as a commercial company | the railway was a peaceful venture in joint development | Li Hongzhang signed an agreement with Russia in 1896 allowing a railway across Manchuria. | The city of Harbin grew from a railway camp founded in 1898.
Nine Miles of Forbidden Track | transport history | the Woosung Road | the merchants of Jardine Matheson, Qing officials and the villagers along the line | the country between Shanghai and Woosung | 1876 to 1877 | the building of the line without clear permission; the death of a man on the track; the purchase and removal of the railway | the line was torn up because it was built as a foreign fait accompli, not because China feared machines | the Chinese rejected the railway out of superstition | The first railway in China opened between Shanghai and Woosung in 1876. | Chinese officials bought the Woosung line and had it torn up in 1877.
The Line Around the Rapids | imperial history | the Matadi railway | Albert Thys, the labourers brought from West Africa and the Caribbean and Congo Free State officials | the country between Matadi and Leopoldville | 1890 to 1898 | the rocky ground of the first stretch; the deaths among the imported workers; the traffic in rubber and ivory that followed | the railway served the extraction of wealth from the Congo and was costed in lives that nobody counted | the line stands as a heroic engineering feat in hostile country | Construction of a railway from Matadi to Leopoldville began in 1890. | The Matadi railway was opened along its whole length in 1898.
The Moth That Saved the Pastures | environmental history | the war on prickly pear in Queensland | the scientists of the Commonwealth Prickly Pear Board, the selectors whose land was lost and the moth Cactoblastis cactorum | the brigalow country of southern Queensland | 1912 to 1936 | the spread of the cactus over grazing land; the search for insects in the Americas; the collapse of the pear after the moth's release | the campaign worked because researchers tested their insects patiently before any release | the cure was a lucky accident | The Commonwealth Prickly Pear Board released the moth Cactoblastis cactorum in 1926. | A hall built at Boonarga in Queensland in 1936 was named after the cactoblastis moth.
When the Lagoon Froze | environmental history | the Great Frost of 1709 | the farmers of France, the ministers of Louis XIV and the parish priests who recorded the cold | the countryside of northern France | 1709 to 1710 | the sudden cold of early January; the loss of the winter wheat; the famine and the bread riots that followed | the frost killed through prices and policy as much as through cold | the famine was simply the weather's doing | A severe cold spell began across western Europe in January 1709. | The winter of 1709 was followed by famine in much of France.
An Opera House in Flames | urban history | the Ringtheater fire in Vienna | the audience of an Offenbach opera, the theatre's managers and the city police | the Ringtheater on the Schottenring in Vienna | 1881 | the gas lights that failed as the fire spread; the locked doors and the reassurance that all had escaped; the trial of the director | so many died because existing rules were never enforced | the disaster was an unlucky accident with no one to blame | Flames spread through the Ringtheater in Vienna on 8 December 1881, shortly before Offenbach's Hoffmann was due to begin. | A volunteer ambulance society was set up in Vienna within days of the Ringtheater fire.
A Stone Broken for Its Secrets | archaeology | the discovery of the Moabite stone | the missionary Frederick Klein, the French scholar Charles Clermont-Ganneau and the Bani Hamida tribe | the village of Dhiban east of the Dead Sea | 1868 to 1873 | the rival bids for the inscribed stone; the breaking of the stone with fire and water; the piecing together of the text | the stone was broken because European rivalry made it worth more in pieces | the stone was smashed by ignorant tribesmen | The missionary Frederick Klein was shown the inscribed stone at Dhiban in 1868. | Fragments of the Moabite stone were reassembled in Paris with the help of a paper impression.
Deuteronomy for a Million Pounds | history of scholarship | the Shapira scroll | the dealer Moses Wilhelm Shapira, the British Museum's scholars and the French critic Charles Clermont-Ganneau | the British Museum in London | 1883 to 1884 | the display of the leather strips to the public; the quick verdicts of forgery; the dealer's death in Rotterdam | the scroll was judged by the dealer's reputation rather than by careful study | the experts examined the strips thoroughly and fairly | Moses Wilhelm Shapira offered leather strips of an ancient Deuteronomy to the British Museum in 1883. | Shapira died by suicide in Rotterdam in March 1884.
Silver on the Hill | archaeology | the Traprain treasure | the excavator Alexander Curle, his workmen and the museum curators in Edinburgh | the hill of Traprain Law in East Lothian | 1914 to 1923 | the digging of the hilltop settlement; the pit full of crushed Roman silver; the arguments over why the silver was cut up | the treasure shows a frontier economy in which Roman plate was valued as weight, not as art | the treasure was simply loot hidden by raiders | Excavators found a hoard of Roman silver on Traprain Law in East Lothian in May 1919. | Much of the Traprain treasure had been cut up into pieces of bullion.
A Chest by the Ribble | archaeology | the Cuerdale hoard | the workmen mending the river bank, the landowner William Assheton and the coin experts who sorted the find | the bank of the River Ribble near Preston | 1840 to 1842 | the lead chest found in the embankment; the dispute about ownership of the silver; the scattering of the coins among museums | the hoard is a window on Viking trade between Dublin and York | the hoard was a pirate's stolen wealth | Workmen repairing an embankment of the River Ribble at Cuerdale found a chest of Viking silver in May 1840. | The Cuerdale hoard contained more than eight thousand pieces of coin and bullion.
A Chalice in a Potato Field | archaeology | the finding of the Ardagh chalice | the two young men digging at Reerasta, the landowner and the scholars of the Royal Irish Academy | the ringfort at Reerasta near Ardagh in County Limerick | 1868 to 1878 | the hidden hoard beneath a stone; the bargaining over a reward; the restoration that took the cup apart | the chalice turned into a national emblem since its discovery suited Irish revivalists | the find was valued only for its craftsmanship | Two young men digging potatoes near Ardagh in County Limerick found a silver chalice in 1868. | The Ardagh chalice was later bought for the Royal Irish Academy.
Gold in a Limavady Field | legal history | the case of the Broighter gold | the ploughmen Tom Nicholl and James Morrow, the British Museum and the Royal Irish Academy | a field near Limavady in County Londonderry | 1896 to 1903 | the gold boat turned up by the plough; the sale to the British Museum; the lawsuit that sent the hoard to Dublin | Irish feeling and a legal fiction settled the case more than archaeology did | the judges merely applied ancient treasure trove rules | Two ploughmen found a hoard of gold objects, including a model boat, near Limavady in 1896. | A court ruled in 1903 that the Broighter gold was treasure trove belonging to the Crown.
The Goddess on the Prow | art history | the Victory of Samothrace | the French consul Charles Champoiseau, later Austrian excavators and the curators of the Louvre | the sanctuary on the island of Samothrace | 1863 to 1884 | the fragments pulled from the ruins; the ship's prow found years after the statue; the staging of the statue in the Louvre | the statue's power in Paris owes much to the way curators placed it | the statue came to the Louvre essentially as it was found | The French consul Charles Champoiseau found the marble Victory on Samothrace in April 1863. | The Victory of Samothrace was later given a place at the head of a great staircase in the Louvre.
A Farmer's Find on Milos | art history | the acquisition of the Venus de Milo | the farmer who found the statue, French naval officers and the Marquis de Riviere | the island of Milos | 1820 to 1821 | the statue in the farmer's field; the scramble to buy it before others did; the statue's presentation to the king | the statue reached Paris through a rushed sale that left its story muddled | the arms were lost in a fight on the beach | A farmer on the island of Milos uncovered a marble statue of Aphrodite in April 1820. | The Marquis de Riviere presented the statue to King Louis XVIII.
Marbles for a Bavarian Prince | art history | the Aegina marbles | Charles Cockerell, Carl Haller von Hallerstein and Crown Prince Ludwig of Bavaria | the temple on the island of Aegina | 1811 to 1830 | the digging at the temple; the confused auction of 1812; the restoration by Thorvaldsen in Rome | the sculptures were reshaped to suit taste in Munich more than the truth of Aegina | the restoration preserved the marbles for later study | Charles Cockerell and Carl Haller von Hallerstein dug up the temple sculptures on Aegina in 1811. | Crown Prince Ludwig of Bavaria bought the Aegina sculptures, which Bertel Thorvaldsen then restored.
An Altar Shipped to Berlin | art history | the removal of the Pergamon altar | the engineer Carl Humann, the Berlin museum directors and Ottoman officials | the acropolis of Pergamon near Bergama | 1878 to 1886 | the frieze slabs found in later walls; the agreement with the Ottoman government; the museum built to show the altar | the altar was taken under rules that favoured the stronger partner | the removal rescued the frieze from lime kilns | The engineer Carl Humann began excavating the great altar at Pergamon in 1878. | Panels of the Pergamon frieze were shipped to Berlin under an agreement with the Ottoman government.
A Theatre on the Green Hill | music history | the first Bayreuth Festival | Richard Wagner, King Ludwig II of Bavaria and the patrons' societies | the small town of Bayreuth in Franconia | 1872 to 1876 | the building of the festival theatre; the rehearsals of the whole cycle; the debt left when the summer closed | the festival survived its first summer because Wagner turned debt into a cause | the festival was an instant triumph | The first complete performance of Wagner's Ring cycle opened the Bayreuth Festival in August 1876. | The first Bayreuth Festival ended with a large deficit.
Five Hundred Voices in the Abbey | music history | the Handel Commemoration of 1784 | the organisers from the Concert of Ancient Music, King George III and the hundreds of performers | Westminster Abbey and the Pantheon in London | 1784 to 1785 | the choice of date a year too early; the enormous forces gathered in the nave; the published account with its lists of players | the festival made Handel a national institution and invented the mass concert | the festival was only a grand memorial to a dead composer | A festival of Handel's music was held in Westminster Abbey in 1784 to mark the centenary of his birth. | Charles Burney's book describing the Handel Commemoration appeared in 1785.
The Passion Returns to Berlin | music history | the revival of the St Matthew Passion | the young Felix Mendelssohn, the Singakademie's director Carl Friedrich Zelter and the actor Eduard Devrient | the hall of the Singakademie in Berlin | 1827 to 1829 | the copy of the score given to Mendelssohn; the cuts made for the performance; the repeat performances and the publication that followed | the revival recast Bach for a Romantic audience rather than restoring him | the revival was a faithful rediscovery | Felix Mendelssohn conducted the St Matthew Passion at the Berlin Singakademie on 11 March 1829. | The actor Eduard Devrient sang the part of Jesus at the 1829 performance.
Brass Rods Against Pain | history of medicine | Perkins's metallic tractors | the Connecticut doctor Elisha Perkins, his son Benjamin and the physician John Haygarth | the salons of Philadelphia and the hospital at Bath | 1796 to 1800 | the patent and the sales of the tractors; the craze in London; the test with wooden imitations | the test with fake tractors mattered because it measured belief, not metal | the doctor was a conscious swindler from the start | Elisha Perkins received an American patent for his metal tractors in 1796. | John Haygarth tested wooden imitations of the tractors on patients in Bath in 1799.
The Toad with the Black Thumbs | history of science | the Kammerer affair | the biologist Paul Kammerer, the American zoologist Gladwyn Kingsley Noble and the critics of his claims | the Vivarium in Vienna | 1909 to 1926 | the breeding of the toads in water; the visit to Cambridge with the last specimen; the discovery of ink in the thumb pads | the affair turned on who had tampered with one specimen, which has never been settled | the whole work was a deliberate fraud | The zoologist Gladwyn Kingsley Noble reported in 1926 that the marks on Kammerer's specimen were ink. | Paul Kammerer shot himself in September 1926.
Banns Before the Wedding | legal history | Lord Hardwicke's Marriage Act | Lord Chancellor Hardwicke, Fleet parsons and eloping couples | the Fleet prison district of London and the Scottish border | 1753 to 1754 | the trade in clandestine marriages; the debate in the Lords; the flight of couples to Gretna Green | the act protected family property far more than it protected brides | the act was a simple cleaning up of church practice | Lord Hardwicke's Marriage Act came into force in March 1754. | The act did not apply in Scotland, so eloping couples crossed the border to marry.
Raiders from the North | military history | the St Albans raid | Lieutenant Bennett Young, his Confederate raiders and the bank clerks of St Albans | the town of St Albans in Vermont | 1864 | the robbery of the town's three banks; the chase to the Canadian border; the court case in Montreal | the raid did more damage to Anglo-American relations than to the Union | the raiders were mere bandits with no purpose | Confederate raiders led by Bennett Young robbed three banks in St Albans, Vermont, on 19 October 1864. | A Montreal magistrate released the raiders in December 1864, angering the Union.
Ships Seized at Friendly Cove | diplomatic history | the Nootka crisis | the Spanish commander Esteban Martinez, the trader John Meares and William Pitt's ministers | Nootka Sound on Vancouver Island | 1789 to 1790 | the seizure of the British ships; the exaggerated memorial laid before Parliament; the convention that ended Spanish claims | the crisis was won in London by a trader's inflated grievance | Spain simply gave way before British sea power | Spanish officers seized British ships at Nootka Sound in 1789. | Spain and Britain signed the first Nootka Convention in October 1790.
A Garrison on the Falklands | diplomatic history | the Port Egmont crisis | the small British garrison, the Spanish governor in Buenos Aires and the ministers of Lord North | Port Egmont in the Falkland Islands | 1770 to 1771 | the Spanish force that landed at Port Egmont; the near approach of war; the quiet bargain over sovereignty | both governments avoided war by keeping the question of ownership deliberately vague | the crisis was a British triumph of firmness | A Spanish force made the British garrison leave Port Egmont in the Falkland Islands in June 1770. | Samuel Johnson wrote a pamphlet defending the government's handling of the Falklands dispute in 1771.
A Coin Without God | economic history | the first florin | the reformers who wanted decimal money, officials of the Royal Mint and churchmen who objected | the Royal Mint in London | 1847 to 1851 | the plan for a coin worth a tenth of a pound; the missing words on the first design; the redesign that put them back | the florin was a small step that let reformers claim progress without changing anything | the coin was a failed first stage of decimalisation | The florin, worth one tenth of a pound, was first issued in 1849. | The first florins left out the words Dei Gratia and were nicknamed godless.
Seven Professors and a King | political history | the protest of the Gottingen Seven | King Ernest Augustus of Hanover, the brothers Jacob and Wilhelm Grimm and five colleagues | the university town of Gottingen | 1837 | the king's repeal of the constitution; the professors' letter of protest; the dismissals and the public collections for the exiles | the seven became heroes because their oath gave them a legal ground the king could not answer | the professors were radicals looking for a quarrel | King Ernest Augustus of Hanover revoked the kingdom's constitution in 1837. | Seven Gottingen professors, among them Jacob and Wilhelm Grimm, were dismissed in December 1837.
A Principality and a Republic | diplomatic history | the Neuchatel crisis | the royalists of Neuchatel, King Frederick William IV of Prussia and the Swiss federal council | the canton of Neuchatel | 1848 to 1857 | the canton's double status as Swiss and Prussian; the royalist rising of 1856; the mobilisation of Swiss troops | the crisis ended because the great powers would not fight for a king's sentiment | Prussia was forced to back down by Swiss strength alone | Royalists in Neuchatel tried to restore Prussian rule in September 1856. | The King of Prussia gave up his claims to Neuchatel under a treaty signed in Paris in 1857.
A Fortress for Sale | diplomatic history | the Luxembourg crisis | Napoleon III, King William III of the Netherlands and Otto von Bismarck | the fortress city of Luxembourg | 1866 to 1867 | the French offer to buy the grand duchy; the uproar in Germany; the conference in London | the crisis was defused by turning Luxembourg into a neutral buffer no one could own | France was humiliated by Prussian trickery | Napoleon III offered to buy Luxembourg from King William III of the Netherlands in 1867. | The Treaty of London of May 1867 made Luxembourg neutral and ordered its fortress dismantled.
An Arrest at the Frontier | diplomatic history | the Schnaebele incident | the French police official Guillaume Schnaebele, Bismarck and the French war minister Georges Boulanger | the border between Lorraine and France near Pagny | 1887 | the arrest of Schnaebele on the frontier; the talk of war in Paris; the release ordered from Berlin | the incident mattered less for itself than for the general who used it | the arrest nearly started a European war | German police arrested the French official Guillaume Schnaebele at the border near Pagny in April 1887. | Bismarck ordered Schnaebele's release before April 1887 was out.
The General on the Black Horse | political history | the Boulanger affair | General Georges Boulanger, his royalist and radical backers and the ministers of the republic | Paris and its electoral districts | 1886 to 1891 | the general's popularity as war minister; the by-election victory in Paris; the flight to Brussels | the movement collapsed because it had voters but no purpose | the republic survived only because the general lost his nerve | General Georges Boulanger won a by-election in Paris in January 1889. | Boulanger fled France in April 1889 rather than face trial.
Medals Sold from the Elysee | political history | the decorations scandal of 1887 | Daniel Wilson, his father-in-law President Jules Grevy and the newspapers that exposed them | the Elysee Palace in Paris | 1887 | the trade in the Legion of Honour; the forged letters at the trial; the president's resignation | the scandal forced out a president who had done nothing himself but shield his family | Grevy's resignation was a just punishment for his own crimes | Daniel Wilson, son-in-law of President Jules Grevy, was found to be trading in honours in 1887. | President Grevy resigned in December 1887.
The Safe on the Avenue de la Grande Armee | economic history | the Humbert affair | Therese Humbert, her family and the bankers who lent against her inheritance | the Humbert house in Paris | 1879 to 1903 | the tale of an American millionaire's legacy; the loans secured on a locked safe; the opening of the safe in 1902 | the fraud lasted twenty years because lenders preferred a good story to a look inside | the lenders were simply fooled by a master criminal | The safe said to hold Therese Humbert's inheritance was opened in Paris in May 1902 and found almost empty. | Therese Humbert was sentenced to five years of hard labour in 1903.
The Gang with a Motor Car | social history | the Bonnot gang | Jules Bonnot, his anarchist companions and the Paris police | the streets of Paris and its suburbs | 1911 to 1913 | the robbery in the rue Ordener; the newspapers' panic about motor bandits; the sieges at Choisy-le-Roi and Nogent | the gang terrified Paris because it used a new machine that the police did not have | the gang was a political movement crushed by the state | The Bonnot gang used a stolen car in a bank robbery in Paris in December 1911. | Jules Bonnot was killed in a police siege at Choisy-le-Roi in April 1912.
Diamonds the Queen Never Ordered | political history | the affair of the diamond necklace | Jeanne de la Motte, Cardinal de Rohan and the jewellers Boehmer and Bassenge | the court at Versailles and the gardens at night | 1784 to 1786 | the forged letters from the queen; the meeting in the grove with a false queen; the trial before the Parlement | the affair ruined the queen's name though she had done nothing in it | the scandal merely exposed a foolish cardinal | Cardinal de Rohan was arrested at Versailles in August 1785. | The Parlement of Paris acquitted Rohan in May 1786.
A Princess Stopped on the Road | political history | the Prussian invasion of Holland | the Patriot militias, Princess Wilhelmina of Prussia and the Duke of Brunswick's army | the Dutch province of Holland | 1785 to 1787 | the free corps that armed the towns; the halting of the princess near Gouda; the invasion that restored the Stadholder | a slight to the princess gave Prussia the pretext it wanted | the Patriots lost because their reforms lacked support | Patriot militia stopped Princess Wilhelmina near Goejanverwellesluis in June 1787. | A Prussian army under the Duke of Brunswick invaded the Dutch Republic in September 1787.
A Revolution After the Opera | political history | the Brussels revolt of 1830 | the audience at the Theatre de la Monnaie, the Dutch garrison and the Belgian provisional government | the city of Brussels | 1830 | the patriotic duet in Auber's opera; the street fighting in the park; the proclamation of a separate Belgian state | the opera gave the revolt a story, but bread prices and Dutch rule gave it the crowds | the revolution was caused by a single night at the theatre | A performance of Auber's opera La Muette de Portici in Brussels on 25 August 1830 was followed by rioting. | A provisional government declared Belgian independence in October 1830.
A Constitution Written in Six Weeks | political history | the assembly at Eidsvoll | the elected men of the Norwegian assembly, Prince Christian Frederik and the Swedish crown prince | the manor house at Eidsvoll | 1814 | the election of the assembly; the drafting of a liberal constitution; the short war and union with Sweden | the constitution survived because the union with Sweden left Norway to govern itself | Norway's independence in 1814 was a mere illusion | The assembly at Eidsvoll adopted a Norwegian constitution on 17 May 1814. | Christian Frederik was elected king of Norway on the same day.
A Russian Outpost in California | imperial history | Fort Ross | the Russian-American Company, its Alaskan hunters and the Kashaya people | the Sonoma coast of California | 1812 to 1841 | the hunting of sea otters along the coast; the failed attempt to grow grain for Alaska; the sale of the settlement | the fort failed because it could never feed the colonies it was built to supply | the fort was an outpost of planned Russian conquest | The Russian-American Company founded Fort Ross on the coast of California in 1812. | The company sold Fort Ross to John Sutter in 1841.
An Envoy in San Francisco Bay | imperial history | Rezanov's voyage to California | Nikolai Rezanov, the commandant's daughter Concepcion Arguello and the Spanish officials of the presidio | the presidio of San Francisco | 1806 to 1807 | the starving Russian colony at Sitka; the bargaining for grain; the betrothal and the envoy's death in Siberia | the famous romance served a diplomat's practical need for food | the story was a pure love affair | Nikolai Rezanov sailed into San Francisco Bay on the ship Juno in April 1806. | Rezanov died at Krasnoyarsk in Siberia in March 1807.
A Raid on a Kyoto Inn | Japanese history | the Ikedaya incident | the Shinsengumi, activists from Choshu and Tosa and the shogunate's Kyoto officials | the inn district of Kyoto | 1864 | the arrest that revealed a plot; the night raid on the inn; the fighting in the city that followed | the raid delayed change in Japan by a few years and hardened the opposition | the raid saved Kyoto from burning | Members of the Shinsengumi raided the Ikedaya inn in Kyoto in July 1864. | The raid at the Ikedaya broke up a meeting of activists from Choshu and Tosa.
The Castle Under Siege | Japanese history | the siege of Aizu | the samurai of the Aizu domain, the imperial army and the teenage soldiers of the Byakkotai | the castle town of Aizu-Wakamatsu | 1868 | the domain's loyalty to the shogunate; the month-long siege; the deaths on Iimoriyama | Aizu was punished for loyalty to a government that had already given up | Aizu's defeat was the inevitable end of feudal resistance | Imperial forces besieged the castle of Aizu-Wakamatsu in the autumn of 1868. | Members of the Byakkotai, a unit of teenage samurai, died on Iimoriyama hill during the fighting.
The Republic in the Snow | Japanese history | the republic of Ezo | Enomoto Takeaki, the French advisers with his fleet and the imperial government | the port of Hakodate in the north | 1868 to 1869 | the escape of the shogun's fleet; the election of officers at Hakodate; the final siege of the star fort | the republic was less a state than a bargaining position | the republic was a serious attempt at democracy | Enomoto Takeaki's forces occupied Hakodate in late 1868. | The defenders of the Goryokaku fortress at Hakodate surrendered in June 1869.
A Ship Held at Yokohama | legal history | the Maria Luz incident | the Chinese labourers aboard, the Peruvian captain and the Kanagawa court | the harbour at Yokohama | 1872 to 1875 | the escape of a labourer from the ship; the court that freed the passengers; the arbitration by the Tsar | Japan used the case to show Western powers that it could judge by their own standards | Japan acted purely from humanitarian feeling | A Chinese labourer escaped from the Peruvian ship Maria Luz in Yokohama harbour in July 1872. | Tsar Alexander II ruled in favour of Japan in the arbitration over the Maria Luz in 1875.
Lifeboats for Some | legal history | the Normanton incident | the British captain John Drake, his crew and the Japanese passengers | the sea off Wakayama | 1886 | the sinking in a storm; the consular court's first verdict; the outcry that fed the campaign for treaty revision | the incident showed Japanese opinion what unequal treaties meant in practice | the captain's acquittal was a fair legal verdict | The British steamer Normanton sank off the coast of Wakayama in October 1886. | All the Japanese passengers on the Normanton drowned while the European crew escaped in boats.
Rumours at the Orphanage | Chinese history | the Tianjin massacre | the French consul Henri Fontanier, the nuns of the mission and the crowds of Tianjin | the treaty port of Tianjin | 1870 | the rumours about the orphanage; the consul's shots in the magistrate's office; the settlement negotiated by Zeng Guofan | the violence came from fear fed by a mission that explained nothing to its neighbours | the massacre was planned by officials | A crowd in Tianjin killed the French consul and many others at a Catholic mission in June 1870. | Zeng Guofan was sent to investigate and settle the Tianjin affair.
A Salute That Killed | legal history | the Lady Hughes affair | the gunner of the Lady Hughes, the East India Company's supercargoes and the officials of Canton | the anchorage at Whampoa | 1784 to 1785 | the salute fired too close to a boat; the seizure of the supercargo; the handing over of the gunner | the case convinced British merchants that they needed their own law in China | the Chinese authorities acted with simple cruelty | A salute fired from the ship Lady Hughes at Whampoa killed two Chinese boatmen in November 1784. | The gunner of the Lady Hughes was handed over to the Chinese authorities and executed in January 1785.
Mercenaries at Shanghai | military history | the Ever Victorious Army | Frederick Townsend Ward, Li Hongzhang and Charles Gordon | the country around Shanghai | 1860 to 1864 | the recruiting of foreign adventurers; the drilled Chinese soldiers; the quarrels over pay and command | the army mattered more as a model than for its victories | the army won the war against the Taiping almost alone | The American adventurer Frederick Townsend Ward raised a foreign-led force near Shanghai in 1860. | Charles Gordon took command of the Ever Victorious Army in 1863.
The Treaty That Had to Be Undone | diplomatic history | the Ili crisis | the envoy Chonghou, the diplomat Zeng Jize and the Russian foreign ministry | the Ili valley in Xinjiang | 1871 to 1881 | the Russian occupation of Ili; the treaty signed at Livadia; the renegotiation in St Petersburg | China regained Ili by diplomacy because it showed it was ready to fight | China won only because Russia lost interest | The envoy Chonghou signed the Treaty of Livadia with Russia in 1879. | Zeng Jize negotiated a new treaty with Russia at St Petersburg in 1881.
Three Islands in the Korea Strait | diplomatic history | the occupation of Port Hamilton | the Royal Navy, the Korean court and the Russian and Chinese ministers | the Geomundo islands off southern Korea | 1885 to 1887 | the sudden landing by British ships; the protests from Seoul; the withdrawal after Russian promises | the occupation showed that Korea was treated as a board for other powers' games | the British simply needed a coaling station | Royal Navy ships occupied the Korean islands the British called Port Hamilton in April 1885. | The British withdrew from Port Hamilton in February 1887.
Shoes at the Golden Palace | diplomatic history | the shoe question in Burma | King Mindon, the British residents at Mandalay and the government of India | the royal palace at Mandalay | 1875 to 1885 | the custom of removing shoes before the king; the order forbidding envoys to comply; the loss of direct contact with the court | a quarrel about etiquette cut the channel that might have prevented a war | the dispute was a trivial matter of manners | In the 1870s the government of India forbade its envoys to remove their shoes in the audience hall at Mandalay. | King Mindon died in 1878.
Teak and the Last King | imperial history | the Bombay Burmah case | the Bombay Burmah Trading Corporation, King Thibaw's ministers and the government of India | the teak forests of Toungoo and the court at Mandalay | 1885 | the fine imposed on the timber company; the ultimatum from Rangoon; the swift invasion up the river | the dispute gave an excuse to men who had already decided on annexation | the invasion was meant only to protect a company | The Burmese court fined the Bombay Burmah Trading Corporation heavily for its timber dealings in 1885. | British troops entered Mandalay and removed King Thibaw in November 1885.
Taxes on Guns and Dogs | imperial history | the Matale rebellion | the villagers of the Kandyan hills, the pretender Gongalegoda Banda and Governor Lord Torrington | the district around Matale in Ceylon | 1848 | the new taxes on guns, dogs and shops; the crowds at Kandy and Matale; the courts martial after the rising | the rising was a tax revolt which officials decided to handle as a war | the rising aimed to bring back the Kandyan monarchy | Protests against new taxes in Ceylon turned into a rising around Matale in July 1848. | Governor Lord Torrington declared martial law in the Kandyan districts.
A Residency in Kabul | imperial history | the Cavagnari mission | Louis Cavagnari, Amir Yakub Khan and the Afghan soldiers who stormed the residency | the residency inside the Bala Hissar at Kabul | 1879 | the treaty that placed a British envoy in Kabul; the unpaid regiments in the city; the siege of the residency | the mission was doomed by a treaty that ignored how Afghans saw a foreign envoy | the envoy's death was an unforeseeable mutiny | Louis Cavagnari signed the Treaty of Gandamak with Yakub Khan in May 1879. | Cavagnari and his escort were killed at the Kabul residency in September 1879.
An Edict in the Rose Garden | Ottoman history | the Gulhane edict | Mustafa Reshid Pasha, Sultan Abdulmejid and the ambassadors in Istanbul | the Topkapi palace gardens in Istanbul | 1839 | the reading of the edict before officials and envoys; the promises of equal law and regular taxation; the slow application in the provinces | the edict was written as much for European readers as for Ottoman subjects | the edict transformed the empire at a stroke | Mustafa Reshid Pasha read out the Gulhane edict in Istanbul in November 1839. | The edict promised security of life and property to all Ottoman subjects.
Two Texts of One Treaty | diplomatic history | the Treaty of Wuchale | Emperor Menelik II, the Italian envoy Pietro Antonelli and the Italian government | the Ethiopian highlands | 1889 to 1896 | the signing of the treaty at Wuchale; the seventeenth article in two versions; the road to war | Italy tried to win by translation what it could not win by agreement | the dispute was an innocent error of translation | Menelik II signed the Treaty of Wuchale with Italy in May 1889. | The Italian and Amharic texts of the treaty's seventeenth article differed in meaning.
The Queen Who Closed the Schools | African history | Queen Ranavalona I and the missionaries | Queen Ranavalona I, the missionaries of the London Missionary Society and the Malagasy converts | the kingdom of Madagascar | 1828 to 1861 | the mission schools and printing press; the ban on Christian worship; the persecution of converts | the queen acted to defend her kingdom's independence rather than out of blind hatred | the queen was simply a cruel tyrant | Queen Ranavalona I banned the practice of Christianity in Madagascar in 1835. | Most missionaries of the London Missionary Society had left Madagascar by 1836.
The Chiefs at Mankessim | African history | the Fante Confederation | Fante chiefs, educated coastal men and British officials on the Gold Coast | the town of Mankessim on the Gold Coast | 1868 to 1873 | the meeting of the chiefs at Mankessim; the written constitution of 1871; the arrests by the British | the confederation was an early design for self-government that Britain chose to crush | the confederation collapsed from its own divisions | Fante chiefs met at Mankessim to form a confederation in 1868. | The confederation's leaders drew up a written constitution in 1871.
Land for One Son Only | African history | the Glen Grey Act | Cecil Rhodes, the Cape parliament and the farmers of the Glen Grey district | the Glen Grey district of the Cape Colony | 1894 | the individual plots that replaced shared land; the labour tax on young men; the spread of the system to other districts | the act aimed to push men into wage labour while calling itself reform | the act was an honest attempt at agricultural improvement | The Cape parliament passed the Glen Grey Act in 1894. | Cecil Rhodes introduced the Glen Grey Act as prime minister of the Cape Colony.
A Crowd at the Police Lines | African history | the arrest of Harry Thuku | Harry Thuku, the East African Association and Nairobi's colonial police | the city of Nairobi | 1921 to 1922 | the campaign against the identity pass; the arrest and the crowd outside the police lines; the shooting and the exile that followed | the shooting showed settlers and officials that a new politics had begun | agitators had whipped up a mob | The colonial police in Nairobi arrested Harry Thuku in March 1922. | Police fired on the crowd that gathered outside the Nairobi police lines after the arrest.
The Cross That Spoke | Latin American history | the Caste War of Yucatan | the Maya rebels, the Yucatan government and the followers of the Talking Cross | the forests of eastern Yucatan | 1847 to 1901 | the rising of 1847; the founding of a shrine town in the forest; the long independence of the rebels | the war lasted half a century because the rebels built a working society of their own | the rebels were only raiders without a cause | Maya rebels rose against the Yucatan government in 1847. | Followers of the Talking Cross founded the town of Chan Santa Cruz in 1850.
The Village in the Sierra | Latin American history | the Tomochic rebellion | the villagers of Tomochic, the healer Teresa Urrea and federal troops | the Sierra Madre of Chihuahua | 1891 to 1892 | the quarrel with local officials; the religious fervour inspired by a young healer; the destruction of the village | the villagers rebelled to defend their local autonomy | the rising was pure religious fanaticism | Federal troops destroyed the village of Tomochic in Chihuahua in October 1892. | Heriberto Frias, an officer who had fought there, published a novel about Tomochic in 1893.
Equal Pay at the Copper Mine | labour history | the Cananea strike | Mexican miners, the mine owner William Greene and volunteers from Arizona | the copper town of Cananea in Sonora | 1906 | the demand for pay equal to American workers; the fire at the lumber yard; the armed men who crossed the border | the strike exposed a regime that let foreigners police Mexican workers | the stoppage was stirred up by troublemakers from elsewhere | Mexican miners at Cananea in Sonora struck for equal pay with American workers in June 1906. | Volunteers from Arizona crossed the border to Cananea during the strike.
The Mills at Rio Blanco | labour history | the Rio Blanco strike | textile workers near Orizaba, the mill owners and President Porfirio Diaz | the mill town of Rio Blanco in Veracruz | 1906 to 1907 | the lockout across the textile districts; the president's award that pleased the owners; the shooting of workers by federal troops | the shootings showed that the regime would side with the mill owners whatever the cost | the violence was a local riot without national meaning | Federal troops fired on textile workers at Rio Blanco near Orizaba in January 1907. | The Rio Blanco strike followed an arbitration award by President Porfirio Diaz.
A President Against His Congress | Latin American history | the Chilean civil war of 1891 | President Jose Manuel Balmaceda, the congressional leaders and the navy | Santiago and the nitrate ports | 1890 to 1891 | the budget the congress refused to pass; the navy's move to the north; the battles near Valparaiso | the war was a struggle over who would control nitrate wealth | the war was a simple defence of the constitution against a dictator | Chile's congress and President Jose Manuel Balmaceda went to war in January 1891. | Balmaceda shot himself in the Argentine legation in Santiago in September 1891.
A Week in January | Latin American history | the Tragic Week in Buenos Aires | strikers from the Vasena metal works, the police and armed civilian groups | the city of Buenos Aires | 1919 | the strike at the metal works; the general strike after the funeral; the attacks on immigrant neighbourhoods | the violence was driven by fear of revolution after the war in Europe | the week was a genuine attempt at a workers' revolution | A strike at the Vasena metal works in Buenos Aires turned into a general strike in January 1919. | Armed civilian groups joined the police and army in the violence that followed.
A Colony in the Forest | Latin American history | Nueva Germania | Bernhard Forster, Elisabeth Forster-Nietzsche and the settlers they recruited | the forests of northern Paraguay | 1886 to 1893 | the recruitment of settlers in Germany; the harsh life in the forest; the collapse of the colony's finances | its founders cared more for ideology than for farming, which sank the colony | the colony failed only because the land was poor | Bernhard Forster and Elisabeth Forster-Nietzsche founded the colony of Nueva Germania in Paraguay in 1887. | Bernhard Forster died by suicide at San Bernardino in June 1889.
A Constitution at Gunpoint | Pacific history | the Bayonet Constitution | King Kalakaua, the Hawaiian League and the Honolulu Rifles | the kingdom of Hawaii | 1887 | the league's armed meeting; the new constitution limiting the king; the voting rules that favoured the rich | the constitution transferred power to planters while keeping the forms of monarchy | the constitution was a needed reform of royal waste | Members of the Hawaiian League forced King Kalakaua to sign a new constitution in July 1887. | The constitution of 1887 set property qualifications for voting for the upper house.
Cession Under the Coconut Palms | Pacific history | the cession of Fiji | Cakobau, the other Fijian chiefs and the British governor Sir Hercules Robinson | the islands of Fiji | 1871 to 1875 | the debts of Cakobau's government; the deed of cession; the measles that followed | the chiefs ceded Fiji to escape debts and settlers that they could not control | Britain reluctantly took Fiji out of pure duty | Cakobau and other Fijian chiefs signed a deed ceding Fiji to Britain on 10 October 1874. | A measles epidemic killed a large part of Fiji's population in 1875.
The Missionary Premier | Pacific history | Shirley Baker's government of Tonga | Shirley Baker, King George Tupou I and the Wesleyan mission | the kingdom of Tonga | 1880 to 1890 | the founding of a separate Tongan church; the persecution of those who stayed Wesleyan; the expulsion of Baker | Baker's power rested on helping an old king keep Tonga free of foreign control | Baker was a self-seeking adventurer and nothing more | The former missionary Shirley Baker became premier of Tonga in 1880. | The British high commissioner expelled Shirley Baker from Tonga in 1890.
A Tax on Every Dog | New Zealand history | the Dog Tax War | Hone Toia, the people of Waima and the government in Wellington | the Hokianga district in Northland | 1898 | the tax on dogs; the armed march of Hone Toia's people; the surrender without bloodshed | the protest was about authority over Maori communities rather than dogs | the protest was a minor local squabble | Maori at Waima in the Hokianga district resisted a tax on dogs in 1898. | Hone Toia and his followers gave themselves up without a battle after troops arrived.
Parliament in Flames | Canadian history | the burning of the Montreal parliament | Lord Elgin, the Reform ministry and the Tory crowd | Montreal in its years as capital of the united province | 1849 | the bill to pay for rebellion damages; the governor's assent; the burning of the assembly building | the riot marked the moment when responsible government became real | the bill rewarded rebels and the riot was understandable | Lord Elgin gave royal assent to the Rebellion Losses Bill in April 1849. | A crowd burned the parliament buildings in Montreal on the evening of the assent.
Fights on the Timber Rafts | Canadian history | the Shiners' War | the Irish timber workers led by Peter Aylen, the French Canadian raftsmen and the people of Bytown | the timber town of Bytown on the Ottawa River | 1835 to 1837 | the struggle for jobs on the rafts; the beatings and attacks in the town; the citizens' association that restored order | the violence came from a fight over work in a trade without law | the violence was mere ethnic hatred | The Shiners' violence in Bytown was at its worst between 1835 and 1837. | The Shiners were led by the timber merchant Peter Aylen.
A Grave Under Guard | Canadian history | the Guibord affair | the printer Joseph Guibord, his widow and the Catholic bishop of Montreal | the cemetery of Cote-des-Neiges in Montreal | 1869 to 1875 | the refusal of a church burial; the lawsuit to the Privy Council; the burial under armed escort | the affair was a struggle over whether the church or the courts ruled civil life | the affair was simply a bishop's stubbornness | Joseph Guibord, a member of the Institut canadien, died in Montreal in 1869. | Guibord's body was buried in the Cote-des-Neiges cemetery under armed escort in November 1875.
Schools and the Prairie Province | Canadian history | the Manitoba schools question | the Manitoba government, the Catholic minority and Wilfrid Laurier | Manitoba's towns and prairie parishes | 1890 to 1896 | the end of public money for Catholic schools; the appeals to Ottawa; the compromise of 1896 | the compromise settled the politics while leaving the minority with little | the compromise was a fair settlement for all | Manitoba ended public funding for separate Catholic schools in 1890. | The Laurier-Greenway compromise of 1896 allowed limited religious teaching after school hours.
Riding the Freights East | Canadian history | the On-to-Ottawa Trek | the men of the relief camps, their organiser Arthur Evans and Prime Minister Bennett | the railway line from Vancouver to Regina | 1935 | the relief camps where men worked for cents a day; the trek by freight train; the riot in Regina | the trek failed in Regina but changed national opinion about relief camps | the trek was a communist plot | Unemployed men from the relief camps of British Columbia set out for Ottawa by freight train in June 1935. | Police broke up a rally of the trekkers in Regina on 1 July 1935.
The Man Who Vanished at Batavia | American history | the William Morgan affair | William Morgan, the Freemasons of western New York and the juries who tried them | the town of Batavia in western New York | 1826 to 1831 | the planned exposure of Masonic secrets; the abduction and disappearance; the Anti-Masonic party that followed | the affair grew into a movement because courts seemed unable to punish anyone | the outrage was a brief moral panic | William Morgan of Batavia, New York, disappeared in September 1826 after announcing a book about Masonic rituals. | The Anti-Masonic Party held the first national nominating convention in American history in 1831.
Seven Months on a Hillside Farm | American history | the Fruitlands experiment | Bronson Alcott, Charles Lane and their families | the farm at Harvard in Massachusetts | 1843 to 1844 | the strict diet without animal products; the harvest left to the women; the departure of Lane in winter | the experiment failed because its founders disdained the work that farming needed | poor weather alone doomed the community | Bronson Alcott and Charles Lane founded a community at Fruitlands in Harvard, Massachusetts, in June 1843. | The Fruitlands community broke up in January 1844.
Gossip in Jackson's Cabinet | American history | the Petticoat affair | Margaret Eaton, her husband John Eaton and the wives of Andrew Jackson's cabinet | Washington society | 1829 to 1831 | the snubs of the cabinet wives; Jackson's defence of the Eatons; the resignation of the cabinet | the affair was a struggle over power within Jackson's party in the dress of manners | the affair was simply a social quarrel | Wives of Andrew Jackson's cabinet members refused to receive Margaret Eaton after her marriage in 1829. | Most of Jackson's cabinet resigned in 1831 during the quarrel.
Shots in Lafayette Square | legal history | the Sickles trial | Congressman Daniel Sickles, Philip Barton Key and the defence lawyer Edwin Stanton | Lafayette Square in Washington | 1859 | the shooting in the square; the defence of temporary insanity; the public reaction to the acquittal | the trial put the honour of a husband above the law | the verdict was a sound legal judgement | Congressman Daniel Sickles shot Philip Barton Key near Lafayette Square in Washington in February 1859. | Sickles was acquitted in April 1859 after his lawyers argued temporary insanity.
A School in Canterbury | American history | Prudence Crandall's school | the teacher Prudence Crandall, her Black pupils and the townspeople of Canterbury | the village of Canterbury in Connecticut | 1833 to 1834 | the admission of a Black pupil; the law passed against the school; the attack that closed it | the town's resistance showed that opposition to slavery did not mean acceptance of equality | the opposition was about property values | Prudence Crandall opened her school at Canterbury in Connecticut to Black girls in 1833. | A mob attacked Crandall's school in September 1834 and she closed it soon after.
Three Days of a Hall | American history | the burning of Pennsylvania Hall | the reform societies of Philadelphia, the abolitionist speakers and the mob | the streets around Sixth and Haines in Philadelphia | 1838 | the building of a hall for free speech; the meeting of Black and white women; the mob that burned it | the hall burned because its supporters practised the equality they preached | the fire was a spontaneous riot without support | Pennsylvania Hall in Philadelphia opened as a meeting place for reform societies in May 1838. | A mob burned Pennsylvania Hall three days after it opened.
The Dam Above the Paper Town | industrial history | the Austin dam failure | the Bayless paper company, the people of Austin and the engineers who inspected the dam | the town of Austin in Pennsylvania | 1909 to 1911 | the cheap concrete dam; the cracks noticed in early 1910; the collapse in September 1911 | the dam failed because warnings were weighed against the cost of the mill stopping | the failure was a natural disaster | The concrete dam above Austin in Pennsylvania failed on 30 September 1911. | The Bayless pulp and paper mill owned the Austin dam.
Water Down the Mill River | industrial history | the Mill River flood | the valley's mill owners, the dam's builders and the villagers of Williamsburg and Haydenville | the Mill River valley in western Massachusetts | 1865 to 1874 | the cheap earthen dam; the warning ride of the cowherd; the inquest that blamed no one | a dam that no law required anyone to inspect caused the flood | nobody could have seen the flood coming | The reservoir dam on the Mill River above Williamsburg in Massachusetts gave way in May 1874. | The Mill River flood killed 139 people.
Clouds over the Prairie | environmental history | the locust plagues of the 1870s | homesteaders of the Great Plains, state relief committees and the entomologist Charles Valentine Riley | the prairie states from Nebraska to Minnesota | 1873 to 1877 | the swarms that ate crops and clothing; the relief efforts and bounties; the federal entomological commission | the plagues turned insect science into a public service | the locusts vanished because farmers fought them well | Swarms of Rocky Mountain locusts stripped crops across the Great Plains in 1874. | The last living Rocky Mountain locust was recorded in 1902.
"""

SCHOLARS = ["Haapaniemi", "Kettunen", "Laaksonen", "Rautiainen", "Vaisanen", "Jokinen", "Karjalainen", "Lehtonen",
            "Pulkkinen", "Salminen", "Tuominen", "Hyvarinen", "Koskela", "Manninen", "Ojala", "Rantanen", "Seppala",
            "Turunen", "Vartiainen", "Ahonen", "Leinonen", "Peltonen"]

OPENING = [
    "Few episodes sound as simple as {x} and turn out to be so knotted.",
    "My first meeting with {x} came through one paragraph of a survey book, and that paragraph erred three times.",
    "{X} tends to survive in memory as a punchline.",
    "Nobody who lived through {x} would recognise the tidy version passed around now.",
    "On paper {x} takes a page to explain; in the archive it sprawls across years.",
    "{X} gets filed under curiosities, which is a polite way of not thinking hard about it.",
    "Reading up on {x} felt at first like assembling furniture with half the screws gone.",
    "A quick way exists to tell the story of {x}, and it leaves out almost everybody.",
    "For so small an episode, {x} has drawn an astonishing amount of certainty.",
    "{X} usually gets told from above, as though only the powerful ever chose anything.",
    "I stumbled on {x} by accident, through a footnote in a book about something else.",
    "Everyone accepts that {x} took place; hardly anything beyond that is settled.",
]
FRAME = [
    "Most of the action unfolds in {setting}.",
    "The chief actors are {people}.",
    "The window I use is {period}.",
    "Holes in the record stay visible below as holes.",
    "Order of events carries much of the weight in what follows.",
    "Some puzzles will still be sitting there when I stop.",
]
ROADMAP = [
    "Part one deals with {s1}, part two with {s2}, and the last part with the best case against me.",
    "Each part lays one strand of the received story beside the documents.",
    "Broadly I travel forward through time.",
    "{S1} receives unusual room in these pages.",
    "Objections are kept waiting until near the finish.",
]
QUESTION_LEAD = [
    "Beneath everything lies one query: {question}",
    "Put baldly, I am asking this: {question}",
    "Each section comes home to one question: {question}",
    "What drives me is short to write down: {question}",
]
QUESTIONS = ["who gained from {x}?", "what real room for choice did {people} possess?",
             "why has the shrunken version of {x} lasted so long?",
             "what would {setting} resemble now had events swerved?"]
CLAIM_THESIS = [
    "My case here is that {thesis}.",
    "Briefly, I hold that {thesis}.",
    "On balance it seems to me that {thesis}.",
    "Squeezed into one sentence, my position runs that {thesis}.",
    "Having worked through {s1}, {s2} and {s3}, I have grown sure that {thesis}.",
    "The stronger explanation, as far as I can judge, holds that {thesis}.",
    "What I aim to establish is that {thesis}.",
    "Document after document nudges toward one answer: {thesis}.",
]
CONTEXT = [
    "Foundations for it had been poured years earlier.",
    "Strain had been building quietly for some time.",
    "{People} were working with almost no room to spare.",
    "None of those present could foresee how later tellers would bend events.",
    "Old habits were giving way, though patchily from one district to the next.",
    "The earliest writers all had their own good names to protect.",
    "{Scholar} pushes the origins back by roughly twenty years.",
    "Most surviving paperwork was produced in {setting}.",
    "Dates and places are agreed; motives remain fiercely argued.",
    "Rules had accumulated in strata, none of them planned as a whole.",
    "Formal procedure lagged well behind daily practice.",
    "Nobody caught up in those months had a view of the whole field.",
]
NAMING = [
    "A few words about vocabulary for {x} are needed first.",
    "Most present-day shorthand for {x} was coined long afterwards.",
    "{People} used self-descriptions that ring strangely today.",
    "Below, modern labels appear purely for ease of reading.",
    "Even the phrase {x} quietly carries a verdict.",
    "Every term in this quarrel arrives with luggage attached.",
]
RECORD = [
    "Knowledge of {x} comes down to us along three channels.",
    "Account books from {setting} log results while staying mute on reasons.",
    "Letters passed between {people} are lively, though none were written for us.",
    "Newspapers covered {x} fast and sometimes carelessly.",
    "Memoirs written decades on supply colour, not proof.",
    "Physical remains give a test against which the writers can be checked.",
]
CAST = [
    "First, consider who got pulled into {x}.",
    "{People} pulled in opposing directions.",
    "A handful wrote their own versions; the majority left silence.",
    "{Scholar} treats the bit players as seriously as the stars, which is right.",
    "Orders arriving from a distance squeezed every option they had.",
]
STRAND_IN = [
    "Take {s}.",
    "Evidence piles up most densely around {s}.",
    "Crucial, though easily missed, is the matter of {s}.",
    "No fair account can step around {s}.",
    "Strangely little attention has gone to {s}.",
    "Next I turn to {s}.",
    "So much rests upon {s}.",
    "Stop briefly at {s}.",
    "Alongside this ran {s}.",
    "The files speak loudest about {s}.",
]
POINT = [
    "From a distance there seems to be order in {s}; inside, the feeling must have been chaos.",
    "Among all those involved in {s}, very few kept any written trace.",
    "Sorted chronologically, papers from {setting} expose {s} better than legend does.",
    "Cash weighed more heavily than conviction in {s}.",
    "Government files give {s} scarcely a sentence.",
    "Those hurt most by {s} left the lightest footprints in the archive.",
    "Control over {s} brought advantages in other quarters too.",
    "{Scholar} makes {s} the pivot of the whole story, and I think rightly.",
    "Several writers stretch {s} well past anything the evidence supports.",
    "{People} argued fiercely about {s}.",
    "Every witness who commented on {s} had something to win or forfeit.",
    "Slow reading takes the shine off {s}.",
    "Beneath {s} lay routine labour that scholars have largely skipped.",
    "For {people}, {s} mostly meant logistics.",
    "Nobody planned {s}; piece by piece, things simply accreted.",
    "In {s}, timing weighed as heavily as content.",
]
NUMBERS = [
    "{Scholar} ({year}) counts {num} instances and finds {s} in roughly {pct} of each hundred.",
    "{Scholar} catalogued {num} letters; {pct} in every hundred of them touch on {s}.",
    "{Scholar} ({year}) lays about {pct} per cent of the explanation on {s}.",
    "Of the {num} papers {Scholar} examined in {year}, barely any ignore {s}.",
    "{Scholar} ({year}) sets {num} comparable episodes side by side and meets {s} in almost every one of those.",
    "{Scholar} admits the data are sparse but finds them consistent on {s}.",
    "{Scholar} ({year}) credits perhaps {pct} per cent of later changes to {s}.",
    "{Scholar} suspects that older studies of {s} leaned on the wrong sources.",
]
CASES = [
    "{Scholar} tracks the affair through the letters of a single household.",
    "In {setting}, {people} dealt with {s} in their own fashion.",
    "An identical pattern appears far beyond {setting}.",
    "Cases like this are typical of {s}, not freakish.",
    "Across {period} the same outline keeps returning.",
    "{People}, telling it themselves, kept circling back here.",
    "More instances of {s} could be gathered without effort.",
]
LINK_BACK = [
    "In miniature, then, this shows that {thesis}.",
    "A lone case settles little; still, this one clashes with the standard image of {s}.",
    "Put otherwise, whoever pushes {s} aside loses the heart of it.",
    "Here again is a sign that {thesis}.",
    "The difference looks small on paper; for anyone living through {s} it was enormous.",
    "Anyone who doubts my reading of {s} has to explain this away.",
    "Remove {s} and the usual conclusions start to totter.",
]
PIVOT = ["After that, {s} upended everything.", "After this came {s}.", "{S} reset the terms for all concerned.",
         "Everything afterwards turned on {s}."]
CITE_LEAD = [
    "{Scholar} compresses {setting} into one line:",
    "Decades later, an old resident looked back on {setting}:",
    "At a {year} seminar on {x}, one participant remarked:",
    "{Scholar} is blunt about {s}:",
    "{Scholar} grows sharpest over {s}:",
]
CITED = [
    "Look closely and the standard story of {x} comes apart in your hands.",
    "For those involved, {s} meant tasks, not events.",
    "Memory shrinks {x} into one bright afternoon; the ledgers show months of slog.",
    "Read the sources entire and nothing about {s} seems strange any longer.",
    "{X} happened once; its retellings have bred ever since.",
    "Boring paperwork on {s} is exactly what deserves our trust.",
]
CITE_AFTER = [
    "A touch too polished, maybe, but right all the same.",
    "Only one witness, yet a close one.",
    "Saying so cost the writer something, which lends it weight.",
    "Hindsight alters the details but not the core.",
]
CITE_AFTER2 = [
    "{People} echo it in other places.",
    "Contemporaries plainly grasped {s} without help.",
    "Whether it held beyond {setting} is still unknown.",
    "Its chief value lies in {s}.",
    "Schoolbook versions of {x} squeeze it out.",
]
LIST_INTRO = [
    "Wherever {x} went less badly, a few things held true:",
    "When {people} coped well, the same elements keep turning up:",
    "Things in {setting} might have gone better given:",
    "What worked in {setting} tended to share traits:",
]
LIST_POINT = [
    "leaders who understood {s} from the start",
    "genuine consultation with {people} about {s}",
    "a fast reaction once trouble with {s} first showed",
    "outside scrutiny of {s}",
    "a modest trial of {s} before anything larger",
    "a frank estimate of what {s} would cost",
]
LIST_EXTRA = ["money for {x} that survived every round of savings", "someone with power to stop {x} outright",
              "files on {x} kept after their writers left", "a set date for reviewing {x}"]
COMPARE = [
    "Lined up with its cousins, {x} looks much less odd.",
    "Places as hard-pressed as {setting} landed in sharply contrasting positions.",
    "Talking to {people} early tended to lower the temperature.",
    "Comparisons run out quickly, since {s2} had no true twin.",
    "Until the very end, {setting} could have seen another outcome.",
    "Patience with opponents of {x} usually produced gentler results.",
]
COUNTERFACT = [
    "Suppose {s2} had ended another way.",
    "Speculation like this proves nothing about {x}; it helps show which beams carried the weight.",
    "Take away {s1}, and what became of {setting} turns into guesswork.",
    "{People} would then have faced other choices.",
    "Taken too far, this sort of guessing makes the outcome look optional.",
]
LEGACY = [
    "{X} ended; its echoes did not.",
    "Recollection of {x} steered decisions in {setting} for decades.",
    "{People} bequeathed their telling to children and grandchildren.",
    "Inquiry upon inquiry returned to {s3}.",
    "Each anniversary of {x} produces fresh versions, each a little different.",
    "Several lessons later attached to {x} fall apart on inspection.",
]
DOUBT = [
    "Against this, one might object that {rival}.",
    "The most serious competing view says that {rival}.",
    "Specialists sometimes answer that {rival}.",
    "A reasonable critic might reply that {rival}.",
    "Some documents can be taken to suggest that {rival}.",
]
DOUBT_MORE = [
    "{People} might have agreed with it.",
    "Serious historians hold it, so it deserves an answer.",
    "{Scholar2} ({year2}) makes the case in detail.",
    "It has weight: every decision taken during {x} hurt someone.",
]
ANSWER = [
    "Yet the surviving papers from {setting} tilt the opposite way.",
    "It says nothing about {s2}.",
    "Besides, the reasoning chases its own tail.",
    "This view only works if {x} was much plainer than the files permit.",
    "If it held, every place resembling {setting} should have ended identically.",
    "Someone paid, no doubt; showing that the payment settled the outcome is separate work.",
]
CLOSE_FIRST = [
    "Pulling the strands together: {thesis}.",
    "Taken as a set, the papers back one reading: {thesis}.",
    "The quarrel over {x} is not over.",
    "Where, then, does all this leave {x}?",
    "By whatever route one walks through the sources, one ends up here: {thesis}.",
    "Clear away the clutter and one verdict on {x} remains.",
    "{X} keeps being boiled down to a slogan that audiences accept.",
]
CLOSE_MID = [
    "Neither {s1}, nor {s2}, nor {s3} explains much alone, yet together they cover almost everything.",
    "The view that {rival} deserves a hearing, even though the records weigh against it.",
    "Small facts about {s1} did the real work here, not big theories.",
    "The first people to argue over {x} are long dead; the argument lives on.",
    "Uncatalogued archives in {setting} may yet change some details.",
    "Stripped of legend, {x} becomes small enough for the evidence to hold.",
]
CLOSE_LAST = [
    "{People} kept paying long after the newspapers had moved on.",
    "{Setting} deserves a study alongside its neighbours next.",
    "Whoever was steering {x} had alternatives the whole time.",
    "{X} reveals routines and institutions more than wicked individuals.",
    "Keep telling {x}, only with more care.",
    "{X} has been mislabelled, and whoever patiently relabels it will be rewarded.",
]
HD_BACK = ["Setting the scene", "Before the trouble", "How it began", "The background", "Where things stood",
           "The starting point"]
HD_NAMING = ["Words and labels", "Problems of naming", "On vocabulary"]
HD_RECORD = ["Sources", "What is left", "The documents"]
HD_CAST = ["The people involved", "Those taking part", "Characters"]
HD_STRAND = ["{S}", "On {s}", "Considering {s}", "{S} again", "Moving to {s}", "The question of {s}"]
HD_COMPARE = ["Comparisons", "Elsewhere", "Similar cases"]
HD_COUNTER = ["Alternatives", "Paths not taken", "Other outcomes"]
HD_LEGACY = ["Afterwards", "Consequences", "Its long shadow"]
HD_DOUBT = ["An objection", "Counterarguments", "The opposing view", "Answering critics", "Reservations",
            "Another interpretation"]
HD_CLOSE = ["Conclusions", "Summing up", "Last words", "Closing thoughts", "In the end"]

# bryher's pages are from 2017, the oldest of the set, so no invented study is later than 2016.
LATEST_STUDY = 2016


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def parse_cards() -> list[dict]:
    cards = []
    for n, line in enumerate(ESSAY_CARDS.strip().splitlines(), 1):
        f = [s.strip() for s in line.split("|")]
        assert len(f) == 11, line
        title, subject, x, people, setting, period, strands, thesis, rival, fact1, fact2 = f
        for fact in (fact1, fact2):
            assert fact.endswith(".") and fact.count(".") == 1, fact
        assert re.search(r"\d{4}", period), period
        cards.append(dict(id=f"c{n:03d}", title=title, subject=subject, x=x, people=people, setting=setting,
                          period=period, strands=[s.strip() for s in strands.split(";")], thesis=thesis, rival=rival,
                          facts=[fact1, fact2]))
    return cards


def make_essay(card: dict, rng: random.Random) -> dict:
    """Builds one essay from `card`.

    Paragraph one begins by naming x, ending at the thesis, possibly with a framing line, a route
    map or a query in the middle. Background comes next and holds fact one; fact two joins it or lands in
    strand two. Terms, sources or people may get a paragraph. Each strand fills one or two paragraphs,
    sometimes after a turn sentence and sometimes with a quotation or bullets after it. A comparison,
    a what-if or an aftermath may follow. The rival view is stated and answered, and the closing's final
    sentence names x, the people or the place. A coin toss gives half the essays headings. Within one
    essay no pattern recurs, and card details make every paragraph its own."""
    unused: dict[int, list[str]] = {}

    def take(pool: list[str]) -> str:
        rest = unused.setdefault(id(pool), rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    pair = rng.sample(SCHOLARS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], Setting=cap(card["setting"]), period=card["period"], s1=s1, s2=s2, s3=s3,
                 S1=cap(s1), thesis=card["thesis"], rival=card["rival"], Scholar=pair[0], Scholar2=pair[1])
    ended = int(re.findall(r"\d{4}", card["period"])[-1])
    low = min(max(1955, ended + 5), LATEST_STUDY)

    def fill(pattern: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(low, LATEST_STUDY),
                     year2=rng.randint(low, LATEST_STUDY),
                     pct=rng.choice([8, 11, 14, 19, 23, 29, 34, 41, 47, 53, 58, 64, 71]),
                     num=rng.choice([12, 17, 26, 33, 44, 57, 71, 93, 124, 158, 231]))
        return pattern.format(**slots, **extra)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    def with_card(pool: list[str], k: int) -> list[str]:
        # the head of each such pool mentions the card, so no paragraph can be built from generic lines only
        picked = [pool[0]] + rng.sample(pool[1:], k)
        return [fill(q) for q in picked]

    slots["question"] = cap(fill(rng.choice(QUESTIONS)))
    headed = rng.random() < 0.5
    blocks: list[tuple] = []
    thesis = fill(take(CLAIM_THESIS))
    opener = fill(take(OPENING))
    first = [opener]
    parts: list[str] = []
    for share, pool, name in ((0.3, FRAME, "frame"), (0.26, ROADMAP, "plan"), (0.28, QUESTION_LEAD, "question")):
        if rng.random() < share:
            first.append(fill(take(pool)))
            parts.append(name)
    first.append(thesis)
    blocks.append(para(*first))
    if headed:
        blocks.append(("heading", fill(take(HD_BACK))))
    back = [fill(take(CONTEXT)), card["facts"][0]] + [fill(take(CONTEXT)) for _ in range(rng.randint(2, 3))]
    later = [card["facts"][1]]
    if rng.random() < 0.5:
        back.insert(rng.randint(2, len(back)), later.pop())
    blocks.append(para(*back))
    aside = rng.random()
    for low_, high, pool, heads, name in ((0.0, 0.13, NAMING, HD_NAMING, "terms"), (0.13, 0.28, RECORD, HD_RECORD, "sources"),
                                          (0.28, 0.4, CAST, HD_CAST, "people")):
        if low_ <= aside < high:
            parts.append(name)
            if headed:
                blocks.append(("heading", fill(take(heads))))
            blocks.append(para(*with_card(pool, rng.randint(2, 3))))
    strands = [s1, s2, s3] if rng.random() < 0.7 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < 0.4 else None
    list_at = rng.randrange(len(strands)) if rng.random() < 0.32 else None
    pivot_at = rng.randrange(1, len(strands)) if rng.random() < 0.3 else None
    figures: list[str] = []
    for i, s in enumerate(strands):
        if pivot_at == i:
            blocks.append(para(fill(take(PIVOT), s)))
            parts.append("turn")
        if headed:
            blocks.append(("heading", fill(take(HD_STRAND), s)))
        counted = fill(take(NUMBERS), s)
        figures.append(counted)
        body = [fill(take(STRAND_IN), s), fill(take(POINT), s), counted]
        if rng.random() < 0.5:
            body.insert(2, fill(take(POINT), s))
        if rng.random() < 0.45:
            body.insert(rng.randint(2, len(body)), fill(take(CASES), s))
        if later and i == 1:
            body.insert(1, later.pop())
        if rng.random() < 0.3 and len(body) > 3:
            blocks.append(para(*body[:2]))
            blocks.append(para(*body[2:], fill(take(LINK_BACK), s)))
        else:
            blocks.append(para(*body, fill(take(LINK_BACK), s)))
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
    if extra < 0.45:
        parts.append("comparison" if extra < 0.17 else "what-if" if extra < 0.31 else "aftermath")
    if extra < 0.17:
        if headed:
            blocks.append(("heading", fill(take(HD_COMPARE))))
        blocks.append(para(*[fill(take(COMPARE)) for _ in range(rng.randint(3, 4))]))
    elif extra < 0.31:
        if headed:
            blocks.append(("heading", fill(take(HD_COUNTER))))
        blocks.append(para(*with_card(COUNTERFACT, rng.randint(2, 3))))
    elif extra < 0.45:
        if headed:
            blocks.append(("heading", fill(take(HD_LEGACY))))
        blocks.append(para(*with_card(LEGACY, rng.randint(2, 3))))
    if headed:
        blocks.append(("heading", fill(take(HD_DOUBT))))
    objection = fill(take(DOUBT))
    doubt = [objection, fill(take(DOUBT_MORE)), fill(take(ANSWER), s2), fill(take(ANSWER), s2)]
    if rng.random() < 0.45:
        doubt.insert(2, fill(take(DOUBT_MORE)))
    blocks.append(para(*doubt))
    if headed:
        blocks.append(("heading", fill(take(HD_CLOSE))))
    last = fill(take(CLOSE_LAST))
    end = [fill(take(CLOSE_FIRST))] + [fill(take(CLOSE_MID)) for _ in range(rng.randint(2, 3))]
    if rng.random() < 0.35:
        blocks.append(para(*end[:2]))
        blocks.append(para(*end[2:], last))
    else:
        blocks.append(para(*end, last))
    words = sum(len(block_text(b).split()) for b in blocks)
    return dict(id=card["id"], title=card["title"], blocks=blocks, words=words, tags=[card["subject"]],
                domain=card["id"], url="-", earlier="", card=card, thesis=thesis, opener=opener,
                lead_pair=" ".join(first[:2]), objection=objection, last=last, figures=figures, headed=headed,
                parts=parts)


# ------------------------------------------------------------------------------------- common to all four sites

ESSAYS_BY_TITLE: dict[str, dict] = {}  # main() fills it; related boxes look up other pages' sentences here
SEED = 2027  # replaced in main(); the rarer blocks draw from it


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def only_in(text: str, title: str) -> bool:
    """Does `text` belong to essay `title` and to no other?"""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def closing_of(title: str) -> str:
    """Final sentence of that essay; it names its people, place or subject."""
    sen = ESSAYS_BY_TITLE[title]["last"]
    assert paragraphs_of(title)[-1].endswith(sen) and only_in(sen, title), title
    return sen


def objection_of(title: str) -> str:
    """The sentence that voices the rival view, first of its paragraph."""
    sen = ESSAYS_BY_TITLE[title]["objection"]
    assert any(p.startswith(sen) for p in paragraphs_of(title)) and only_in(sen, title), title
    return sen


def lead_pair_of(title: str) -> str:
    """The opening paragraph's first two sentences (the whole paragraph when it has only two)."""
    text = ESSAYS_BY_TITLE[title]["lead_pair"]
    assert paragraphs_of(title)[0].startswith(text) and only_in(text, title), title
    return text


def first_words(title: str, n: int = 22) -> str:
    """Opening n words, cut where a space falls."""
    cut = " ".join(paragraphs_of(title)[0].split()[:n])
    assert only_in(cut, title), title
    return cut


SITE_COURSES = {
    "ulva": ["Year 12 History coursework", "my A level History NEA", "Year 13 extended project", "a summer school essay task"],
    "rathlin": ["Grade 11", "Grade 12", "AP World History", "a first-year college course"],
    "sanda": ["Year 9", "Year 10", "Year 11", "Year 12"],
    "bryher": ["15", "16", "17", "18"],
}
SITE_MARKS = {
    "ulva": ["A*", "A", "A", "B", "A*", "A"],
    "rathlin": ["4.9", "4.8", "5.0", "4.7", "4.9", "4.6"],
    "sanda": ["Gallery choice", "Highly commended", "Selected", "Selected", "Highly commended", "Selected"],
    "bryher": ["Winner", "Runner-up", "Shortlisted", "Shortlisted", "Commended", "Shortlisted"],
}


class Page(g2.Page):
    """Extends set two's page with card, sibling titles, course and mark."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.card = essay["card"]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})
        self.level = rng.choice(SITE_COURSES[site])
        self.grade = rng.choice(SITE_MARKS[site])


def _drawn(site: str, role: str, count: int) -> list[int]:
    return sorted(random.Random(f"set27:{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count))


def carries(site: str, role: str, count: int, page: Page) -> bool:
    """Whether the page was drawn for `role` among `count` pages."""
    return page.index in _drawn(site, role, count)


def rank_of(site: str, role: str, count: int, page: Page) -> int | None:
    """Index of the page in the `role` draw; None if absent."""
    chosen = _drawn(site, role, count)
    return chosen.index(page.index) if page.index in chosen else None


def placed_before(site: str, role: str, page: Page, first: int = 9) -> bool:
    """Page numbers shuffled by their own seeded generator; the leading `first` carry the roaming block high up."""
    order = list(range(1, PAGES_PER_SITE + 1))
    random.Random(f"set27:{SEED}:{site}:{role}:upper").shuffle(order)
    return page.index in order[:first]


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Inserts `piece` close to `pos`. Announcing pieces (headings, colon-ended lead-ins) keep their block
    next to them, so the index walks back over them; index 0 is reserved for the essay."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, object]]:
    """(kind, markup) per visible block; colon-final paragraphs are given the kind "lead"."""
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
    """Shifts every reference year on the page back by one shared offset, because the borrowed list maker
    stamps years as late as 2023; afterwards the newest is `latest` or before, in text and markup both."""
    shift = max(0, 2023 - latest)
    move = lambda text: re.sub(r", (\d{4})(?=[.,])", lambda m: f", {int(m.group(1)) - shift}", text)
    p.refs = [(move(plain), move(markup)) for plain, markup in p.refs]


def pages_word(n: int) -> str:
    return "page" if n == 1 else "pages"


def clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


# ---- 1. ulva: the AMP copy of a student's history blog on a hosted platform, 2019 ---------------------------

UL_HOST = "Penwharf"
UL_BLOG = "Small Print of the Past"
UL_TAGLINE = "Essays, book notes and detours from a sixth-former who reads footnotes first"
UL_WRITER = "Clemency Ferrabee"
UL_SUB = "smallprintofthepast"
UL_ASIDE_LABELS = ["Tangent:", "Confession:", "Quick detour:", "Note to self:"]
UL_ASIDES = [
    "this paragraph took me a whole evening and three mugs of tea",
    "my teacher underlined this twice, which I am choosing to read as praise",
    "I found this detail in a library book nobody had borrowed since 1994",
    "if you only read one paragraph, let it be this one",
    "I nearly cut this section and I am glad I kept it",
    "someone had pencilled notes all through the borrowed copy of my key book",
    "I changed my mind about this twice while drafting",
]
UL_NEWS = [
    "Penwharf goes read-only on Sunday between 06:00 and 08:00 UTC while we move to new servers.",
    "New on Penwharf: writers can now open a members' circle for their longer posts.",
    "On AMP pages, responses now load a moment after the post itself.",
]
UL_CONSENT = "Penwharf keeps one small cookie so this page can remember your choices. Is that all right with you?"
UL_THANKS = "Thanks to Mr Daintree, who lent me his battered copy of the key book for half a term."
UL_WALL = "Another {words} words remain, visible to members of my reading circle. Joining is free and takes a minute."
UL_ORIGIN = "I first wrote this for {level}. It came back marked {grade}, and I have tidied a few sentences since then."
UL_REPLIES = [
    ("Hana W.", "Saved me on my own coursework, cheers!"),
    ("beth_reads", "Did you ever find more on the second part? I would love a follow-up post."),
    ("Mr Okeke", "Lovely clear writing. My Year 12 group will be reading this next week."),
    ("Arun", "Bookmarked for revision season."),
    ("jules_h", "The bit about the sources made me rethink my own draft."),
    ("Priti", "How long did the research take you? It reads as effortless."),
]


def ul_posted(title: str) -> date:
    return date(2018, 10, 1) + timedelta(days=number("ulva", "posted", title, mod=300))


def ulva(p: Page) -> str:
    rng = p.rng
    site = "ulva"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2018)
    card = p.card
    posted = ul_posted(p.title)
    stem = slug(p.title)
    canonical = f"https://{UL_SUB}.penwharf.com/{posted.year}/{posted.month:02d}/{stem}/"

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"

    pieces = shown_pieces(p, lambda v: f"<h2>{esc(v)}</h2>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f'<blockquote class="pull"><p>{esc(v)}</p></blockquote>', listing)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(UL_ASIDE_LABELS)
        text = rng.choice(UL_ASIDES)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<p class="writer-aside"><em>{esc(label)}</em> {esc(text)}</p>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"My own sketch of {card['setting']}, done in the school library"
            piece = (f'<figure class="post-figure"><amp-img src="/media/{digest(site, "img", p.title, n=10)}.jpg" width="1200" height="800" '
                     f'layout="responsive" alt="Pencil sketch"></amp-img><figcaption>{esc(caption)}</figcaption></figure>')
        else:
            caption = f"Listen to me read this part aloud ({clock(number(site, 'len', p.title, mod=150, base=60))})"
            piece = (f'<div class="post-audio"><amp-audio width="auto" height="50" src="/media/{digest(site, "aud", p.title, n=10)}.mp3">'
                     f'<div fallback><p>Your browser cannot play this clip.</p></div></amp-audio><p class="post-audio__cap">{esc(caption)}</p></div>')
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    wall = ""
    if p.cut is not None:
        said = UL_WALL.format(words=fmt_int(p.rest_words()))
        wall = (f'<section amp-access="circle" amp-access-hide class="circle-only"></section>\n'
                f'<section amp-access="NOT circle" class="circle-wall"><h3>The rest is for the circle</h3><p>{esc(said)}</p>'
                f'<button class="btn" on="tap:amp-access.login-signup">Join the circle</button></section>\n')
        p.clutter += [said, "The rest is for the circle", "Join the circle"]
    thanks = ""
    if carries(site, "credit", 6, p):
        thanks = f'<p class="thanks"><em>{esc(UL_THANKS)}</em></p>\n'
        p.clutter.append(UL_THANKS)
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h2>Works Cited</h2>"))
        pieces.append(("refs", '<div class="refs">' + "\n".join(f"<p>{mk}</p>" for _, mk in p.refs) + "</div>"))
    body = "\n".join(h for _, h in pieces)
    length = f"{fmt_int(p.words)} words, or {p.pages} {pages_word(p.pages)} when I typed it up"
    p.clutter.append(length)
    origin_text = UL_ORIGIN.format(level=p.level, grade=p.grade)
    origin = (f'<aside class="origin-box"><h3 class="origin-box__title">Where this post came from</h3><p>{esc(origin_text)}</p></aside>\n')
    p.clutter += [origin_text, "Where this post came from"]
    early = placed_before(site, "origin", p)
    hearts = number(site, "hearts", p.title, mod=80, base=6)
    replies = rng.sample(UL_REPLIES, rng.randint(1, 3))
    said_replies = "".join(f'<div class="reply"><p class="reply__who">{esc(w)}</p><p class="reply__text">{esc(t)}</p></div>\n' for w, t in replies)
    p.clutter += [t for _, t in replies] + [f"{plural(len(replies), 'response')}", f"\u2665 {hearts} appreciations"]
    slides = ""
    for t in rng.sample(p.others, 4):
        end = closing_of(t)
        slides += (f'<div class="slide"><a href="/{ul_posted(t).year}/{ul_posted(t).month:02d}/{slug(t)}/amp/"><h4 class="slide__title">{esc(t)}</h4>'
                   f'<p class="slide__quote">\u201c{esc(end)}\u201d</p><span class="slide__more">Read post</span></a></div>\n')
        p.clutter += [t, end]
    news = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        news = f'<div class="host-notice" role="status">{esc(UL_NEWS[turn])}</div>\n'
        p.clutter.append(UL_NEWS[turn])
    consent = ""
    if carries(site, "consent", 12, p):
        consent = (f'<amp-consent id="wharf-consent" layout="nodisplay"><script type="application/json">{{"consentInstanceId": "wharf", "promptUI": "consent-ui"}}</script>'
                   f'<div id="consent-ui" class="consent-bar"><p>{esc(UL_CONSENT)}</p><button on="tap:wharf-consent.accept">Fine by me</button> '
                   f'<button on="tap:wharf-consent.reject">No thanks</button></div></amp-consent>\n')
        p.clutter.append(UL_CONSENT)
    p.clutter += [UL_TAGLINE, "Keep exploring", "Hosted on Penwharf", "View the full version of this page",
                  "Report this post", f"\u00a9 2019 {UL_WRITER}", "Reading list", "Add your response"]
    ld = json.dumps({"@context": "https://schema.org", "@type": "BlogPosting", "headline": p.title,
                     "datePublished": posted.isoformat(), "author": {"@type": "Person", "name": UL_WRITER},
                     "mainEntityOfPage": canonical}, ensure_ascii=False)
    cats = sorted({ESSAYS_BY_TITLE[t]["tags"][0] for t in p.site_titles})
    return f"""<!doctype html>
<html \u26a1 lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-access" src="https://cdn.ampproject.org/v0/amp-access-0.1.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.2.js"></script>
<script async custom-element="amp-audio" src="https://cdn.ampproject.org/v0/amp-audio-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>{esc(p.title)} \u2013 {esc(UL_BLOG)}</title>
<link rel="canonical" href="{canonical}">
<meta name="viewport" content="minimum-scale=1,initial-scale=1,width=device-width">
<script type="application/ld+json">{ld}</script>
<script id="amp-access" type="application/json">{{"authorization": "https://{UL_SUB}.penwharf.com/_access/check?rid=READER_ID", "login": {{"signup": "https://penwharf.com/circle/join?blog={UL_SUB}&return=RETURN_URL"}}, "authorizationFallbackResponse": {{"circle": false}}}}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Georgia,serif;margin:0}}.blog-bar{{display:flex;gap:.6rem;padding:.6rem 1rem;background:#20313b;color:#fff}}.post{{max-width:680px;margin:0 auto;padding:0 1rem}}.writer-aside{{border-left:3px solid #c96;padding-left:.8rem;color:#555}}.consent-bar{{position:fixed;bottom:0;background:#fff;padding:1rem}}</style>
</head>
<body>
{consent}<header class="blog-bar"><button class="blog-bar__menu" on="tap:wharf-menu.toggle" aria-label="Open menu">\u2630</button>
<a class="blog-bar__name" href="https://{UL_SUB}.penwharf.com/">{esc(UL_BLOG)}</a></header>
<amp-sidebar id="wharf-menu" layout="nodisplay" side="left">
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/archive/">Archive</a></li><li><a href="/about/">About me</a></li><li><a href="/reading-list/">Reading list</a></li></ul></nav>
<h4 class="menu__head">Categories</h4><ul class="menu__cats">{"".join(f'<li><a href="/category/{slug(c)}/">{esc(cap(c))}</a></li>' for c in cats)}</ul>
</amp-sidebar>
<p class="blog-tagline">{esc(UL_TAGLINE)}</p>
{news}<main>
<article class="post">
<header class="post-head">
<p class="post-cat"><a href="/category/{slug(p.topic)}/">{esc(p.category)}</a></p>
<h1 class="post-title">{esc(p.title)}</h1>
<div class="post-byline"><amp-img class="post-byline__avatar" src="/media/avatar-cf.jpg" width="32" height="32" layout="fixed" alt=""></amp-img>
<span class="post-byline__name">{esc(UL_WRITER)}</span> <time datetime="{posted.isoformat()}">{posted.day} {posted.strftime('%B %Y')}</time></div>
<p class="post-length">{esc(length)}</p>
</header>
{origin if early else ""}<div class="post-body">
{body}
</div>
{wall}{thanks}{"" if early else origin}<footer class="post-foot">
<p class="post-foot__hearts">\u2665 {hearts} appreciations</p>
<p class="post-foot__tags">Filed under <a href="/category/{slug(p.topic)}/">{esc(p.category)}</a></p>
<amp-social-share type="email" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share>
</footer>
</article>
<section class="replies"><h3>{plural(len(replies), 'response')}</h3>
{said_replies}<a class="replies__add" href="{canonical}#respond">Add your response</a></section>
<section class="more-posts"><h3>Keep exploring</h3>
<amp-carousel type="carousel" layout="fixed-height" height="260">
{slides}</amp-carousel></section>
</main>
<footer class="host-foot"><p>Hosted on Penwharf</p><p><a href="{canonical}">View the full version of this page</a> \u00b7 <a href="https://penwharf.com/report?u={stem}">Report this post</a></p>
<p>\u00a9 2019 {esc(UL_WRITER)}</p></footer>
</body>
</html>
"""


# ---- 2. rathlin: a homework-help site's question page with an expert's essay answer, 2020 ---------------------

RA_SITE = "Swotbox"
RA_QUESTIONS = [
    "Can someone help me write an essay on {x}?",
    "Essay help: was {x} really as simple as my textbook makes it sound?",
    "How should I argue about {x} in an essay for {level}?",
    "Need a full essay about {x}, not just bullet points",
]
RA_ASK = ("My teacher wants about {target} words on {x} for {level}. It has to take a clear position and use at "
          "least one historian. I have the facts but no idea how to structure it. Please help!")
RA_EXPERTS = [("Dr Ilse Vaszary", "PhD, Modern History", 2417), ("Yaw Ofori-Atta", "MA, Economic History", 1388),
              ("Delphine Castagnoli", "MEd, History teacher for 11 years", 3052),
              ("Emlyn Cadwaladr", "MPhil, Imperial and Global History", 964)]
RA_INTROS = [
    "Here is a model essay you can learn from. Use it to plan your own; please do not hand it in as it stands.",
    "Below is a complete answer written as an example. Read it for structure, then write yours in your own words.",
]
RA_TIP_LABELS = ["Coach's tip:", "Why this works:", "Exam hint:", "Watch out:"]
RA_TIPS = [
    "a clear topic sentence tells the marker exactly what this paragraph proves",
    "see how each statistic is pinned to a named historian",
    "markers reward you for treating the other side fairly",
    "check any numbers like these against your own textbook before using them",
    "this is where you would add a quotation from your own sources",
    "keep one tense all the way through a paragraph like this",
    "a last line that points back to the thesis earns marks",
]
RA_NEWS = [
    "Exam season: expert answers in History are arriving within four hours this week.",
    "Swotbox will be briefly unavailable on Saturday night for scheduled maintenance.",
    "New: save any answer to a study set and revisit it offline in the app.",
]
RA_COOKIE = ("Cookies let Swotbox remember your login and count visits. Accept them all, or open the "
             "settings to choose.")
RA_CHECKED = "Checked by the Swotbox history review desk."
RA_LOCK = "This answer continues for {words} more words. Unlock every expert answer with Swotbox Plus, from $6.99 a month."
RA_STUDENT_NOTES = [
    ("mia_k", "omg this saved my evening, thanks!!"),
    ("jaydenr", "can you explain the second section a bit more simply?"),
    ("anon_learner", "my teacher said the counter-argument part is the most important, good to see it here"),
    ("sofiaaa", "saved this for my test on friday"),
    ("t.nguyen", "how many sources would you use for an essay like this?"),
]


RA_ASKERS = {"Grade 11": "a Grade 11 student", "Grade 12": "a Grade 12 student",
             "AP World History": "an AP World History student", "a first-year college course": "a college freshman"}


def ra_asked(title: str) -> date:
    return date(2019, 9, 2) + timedelta(days=number("rathlin", "asked", title, mod=300))


def ra_question(title: str, level: str) -> str:
    x = ESSAYS_BY_TITLE[title]["card"]["x"]
    return RA_QUESTIONS[number("rathlin", "q", title, mod=len(RA_QUESTIONS))].format(x=x, level=level)


def rathlin(p: Page) -> str:
    rng = p.rng
    site = "rathlin"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2019)
    card = p.card
    asked = ra_asked(p.title)
    answered = asked + timedelta(days=number(site, "wait", p.title, mod=3), hours=number(site, "h", p.title, mod=9, base=1))
    qid = number(site, "qid", p.title, mod=9000000, base=1000000)
    expert, cred, count = RA_EXPERTS[number(site, "expert", p.title, mod=len(RA_EXPERTS))]

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f'<{tag} class="ans-list">' + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"

    pieces = shown_pieces(p, lambda v: f'<h3 class="ans-h">{esc(v)}</h3>', lambda v, k: f'<p class="ans-p">{esc(v)}</p>',
                          lambda v: f'<blockquote class="ans-quote">{esc(v)}</blockquote>', listing)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(RA_TIP_LABELS)
        text = rng.choice(RA_TIPS)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<div class="tutor-tip" role="note"><strong>{esc(label)}</strong> {esc(text)}</div>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Timeline sketch: {card['x']}, key dates"
        else:
            caption = f"Source image: {card['setting']} in a print of the period (public domain)"
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)),
                ("grid", f'<figure class="ans-fig"><img src="https://media.swotbox.com/answers/{digest(site, "img", p.title, n=12)}.png" alt="" loading="lazy">'
                         f'<figcaption>{esc(caption)}</figcaption></figure>'))
    lock = ""
    if p.cut is not None:
        said = RA_LOCK.format(words=fmt_int(p.rest_words()))
        lock = (f'<div class="ans-lock"><p class="ans-lock__icon" aria-hidden="true">\U0001f512</p><p class="ans-lock__text">{esc(said)}</p>'
                f'<a class="btn btn--plus" href="/plus?from=q{qid}">Try Plus free for 7 days</a></div>\n')
        p.clutter += [said, "Try Plus free for 7 days"]
    if p.cut is None and p.refs:
        pieces.append(("heading", '<h3 class="ans-h">Works Cited</h3>'))
        pieces.append(("refs", "\n".join(f'<p class="ans-ref">{mk}</p>' for _, mk in p.refs)))
    essay_html = "\n".join(h for _, h in pieces)
    question = ra_question(p.title, p.level)
    target = max(400, round(p.words / 100) * 100 - 100 * number(site, "tgt", p.title, mod=2))
    ask = RA_ASK.format(target=target, x=card["x"], level=p.level)
    intro = RA_INTROS[number(site, "intro", p.title, mod=len(RA_INTROS))]
    length = f"Answer length: {fmt_int(p.words)} words \u00b7 roughly {p.pages} {pages_word(p.pages)} in homework format"
    p.clutter += [question, ask, intro, length, f"Asked by {RA_ASKERS[p.level]}", expert, cred,
                  f"{fmt_int(count)} answers", "Expert answer", "Was this answer helpful?"]
    outline_items = (["Introduction with a clear thesis", "Background and key dates"]
                     + [f"Body section: {s}" for s in card["strands"]] + ["Counter-argument and reply", "Conclusion that answers the question"])
    outline = ('<div class="outline-box"><h4 class="outline-box__title">Answer outline</h4><ol>'
               + "".join(f"<li>{esc(i)}</li>" for i in outline_items) + "</ol></div>\n")
    p.clutter += ["Answer outline"] + outline_items
    early = placed_before(site, "outline", p)
    up, down = number(site, "up", p.title, mod=120, base=4), number(site, "down", p.title, mod=6)
    cite = f"\u201c{p.title}.\u201d {RA_SITE}, {answered.day} {answered.strftime('%B %Y')}, swotbox.com/history/q/{qid}."
    p.clutter += [cite, "Citing this answer", "Copy citation"]
    checked = ""
    if carries(site, "credit", 6, p):
        checked = f'<p class="ans-checked">\u2713 {esc(RA_CHECKED)}</p>\n'
        p.clutter.append(RA_CHECKED)
    notes = rng.sample(RA_STUDENT_NOTES, rng.randint(1, 3))
    notes_html = "".join(f'<li class="cmt"><span class="cmt__who">{esc(w)}</span> <span class="cmt__text">{esc(t)}</span></li>' for w, t in notes)
    p.clutter += [t for _, t in notes]
    similar = ""
    for t in rng.sample(p.others, 4):
        q2 = ra_question(t, SITE_COURSES[site][number(site, "lv", t, mod=4)])
        preview = first_words(t)
        similar += (f'<li class="sim"><a class="sim__q" href="/history/q/{number(site, "qid", t, mod=9000000, base=1000000)}">{esc(q2)}</a>'
                    f'<p class="sim__preview">{esc(preview)}\u2026</p><span class="sim__meta">Expert answer \u00b7 {fmt_int(ESSAYS_BY_TITLE[t]["words"])} words</span></li>\n')
        p.clutter += [q2, preview]
    news = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        news = f'<div class="site-banner" role="status"><p>{esc(RA_NEWS[turn])}</p></div>\n'
        p.clutter.append(RA_NEWS[turn])
    cookie = ""
    if carries(site, "cookies", 12, p):
        cookie = (f'<div class="cookie-sheet" role="dialog" aria-label="Cookie settings"><p>{esc(RA_COOKIE)}</p>'
                  f'<button class="btn">Accept all</button> <button class="btn btn--ghost">Settings</button></div>\n')
        p.clutter.append(RA_COOKIE)
    p.clutter += ["Similar questions", "Post a question", "Browse subjects", "Swotbox Learning Ltd",
                  "Swotbox supports learning; it does not endorse handing in any answer as your own work.", "Honour code"]
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{esc(question)} | {RA_SITE}</title>
<meta name="viewport" content="width=device-width">
<meta name="description" content="{html.escape(ask[:150])}">
<link rel="stylesheet" href="https://static.swotbox.com/web/app.{digest(site, 'css', n=10)}.css">
<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "QAPage", "mainEntity": {"@type": "Question", "name": question, "answerCount": 1, "dateCreated": asked.isoformat()}}, ensure_ascii=False)}</script>
</head>
<body class="page-question">
<div id="__sb">
{cookie}<header class="topbar"><a class="topbar__logo" href="/">{RA_SITE}</a>
<form class="topbar__search" action="/search"><input name="q" type="search" placeholder="Search millions of solved questions" aria-label="Search"></form>
<nav class="topbar__nav"><a href="/ask" class="btn btn--primary">Post a question</a><a href="/subjects">Browse subjects</a><a href="/plus">Plus</a><a href="/login">Log in</a></nav></header>
{news}<nav class="crumbs" aria-label="breadcrumb"><a href="/subjects">Subjects</a> \u203a <a href="/subjects/history">History</a> \u203a <a href="/subjects/history/{slug(p.topic)}">{esc(p.category)}</a></nav>
<main class="qa">
<section class="q-card">
<div class="q-card__meta"><span class="chip">History</span> <span class="q-card__asker">Asked by {esc(RA_ASKERS[p.level])}</span> \u00b7 <time datetime="{asked.isoformat()}">{asked.day} {asked.strftime('%b %Y')}</time></div>
<h1 class="q-card__title">{esc(question)}</h1>
<p class="q-card__body">{esc(ask)}</p>
</section>
<section class="answer-card">
<div class="answer-card__badge">\u2713 Expert answer</div>
<div class="expert"><img class="expert__avatar" src="https://media.swotbox.com/experts/{digest(site, 'av', expert, n=8)}.jpg" alt="" width="40" height="40">
<div><p class="expert__name">{esc(expert)}</p><p class="expert__cred">{esc(cred)}</p><p class="expert__stats">{fmt_int(count)} answers \u00b7 \u2605 {p.grade}</p></div></div>
<p class="answer-card__when">Answered <time datetime="{answered.isoformat()}">{answered.day} {answered.strftime('%b %Y')}</time></p>
<p class="answer-card__intro">{esc(intro)}</p>
{outline if early else ""}<div class="answer-card__body">
<h2 class="answer-title">{esc(p.title)}</h2>
{essay_html}
</div>
{lock}<p class="answer-card__length">{esc(length)}</p>
{checked}{"" if early else outline}<div class="helpful"><span>Was this answer helpful?</span> <button class="vote vote--up">\U0001f44d {up}</button> <button class="vote vote--down">\U0001f44e {down}</button></div>
<div class="cite-box"><h4>Citing this answer</h4><p class="cite-box__text">{esc(cite)}</p><button class="btn btn--small">Copy citation</button></div>
</section>
<section class="comments"><h3>Comments ({len(notes)})</h3><ul>{notes_html}</ul></section>
<aside class="similar"><h3>Similar questions</h3><ul>
{similar}</ul></aside>
</main>
<footer class="site-foot"><p>Swotbox supports learning; it does not endorse handing in any answer as your own work.</p>
<p><a href="/honour-code">Honour code</a> \u00b7 <a href="/terms">Terms</a> \u00b7 <a href="/privacy">Privacy</a></p><p>\u00a9 2020 Swotbox Learning Ltd</p></footer>
</div>
</body>
</html>
"""


# ---- 3. sanda: a social-history museum's schools' essay gallery, 2018 ----------------------------------------

SA_MUSEUM = "Ravensmere Museum of Working Life"
SA_GALLERY = "Write Back gallery"
SA_PUPILS = [("Esmeralda", "Q."), ("Barnaby", "T."), ("Ottoline", "F."), ("Kwesi", "A."), ("Marnie", "W."), ("Teilo", "P."),
             ("Senara", "H."), ("Caspar", "R."), ("Zainab", "E."), ("Fergal", "M."), ("Persephone", "D."), ("Ezekiel", "L.")]
SA_SCHOOLS = ["Ravensmere Community College", "St Cuthman's Academy", "Hollinsclough School", "Fernhill Free School",
              "Thornaby Lane Academy", "Kingsgate Grammar School"]
SA_ROOMS = ["Mill Floor", "Harbour and Trade", "Home Front", "Town and Chapel"]
SA_OBJECTS = ["Printed notice concerning {x}", "Engraved view of {setting}", "Pocket diary kept during {period}",
              "Souvenir plate made after {x}"]
SA_MARGIN_LABELS = ["Judge's margin:", "Curator's note:", "Learning team:", "Panel comment:"]
SA_MARGINS = [
    "a confident paragraph that puts its evidence to work",
    "this links neatly to the object the writer chose",
    "one extra date here would help the reader",
    "an original point that impressed all three judges",
    "see how the writer weighs two sources against each other",
    "ask your class whether they agree with this paragraph",
    "a fine example of a historian's caution",
]
SA_NEWS = [
    "The Mill Floor gallery is closed until 14 May while a new display is installed.",
    "Half-term family trail: pick up a free explorer pack at the front desk.",
    "Our lift is being serviced this week; please ask staff for step-free access to the upper floor.",
]
SA_COOKIE = "Small files saved on this computer help us count visits to the museum website. Carry on browsing if you are happy with that."
SA_SUPPORT = "The Write Back gallery is supported by the Whinfell and Dunstable Education Trust."
SA_AREA = ("The remaining {words} words of this entry are in the Teachers' area, together with the judges' full "
           "comments. Registering a school costs nothing.")
SA_BANDS = {"Year 9": "13\u201314", "Year 10": "14\u201315", "Year 11": "15\u201316", "Year 12": "16\u201317"}


def sa_pupil(title: str) -> tuple[str, str, str]:
    k = number("sanda", "pupil", title, mod=len(SA_PUPILS))
    first, initial = SA_PUPILS[k]
    return first, initial, SA_SCHOOLS[k % len(SA_SCHOOLS)]


def sanda(p: Page) -> str:
    rng = p.rng
    site = "sanda"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2017)
    card = p.card
    first, initial, school = sa_pupil(p.title)
    room = SA_ROOMS[number(site, "room", p.title, mod=len(SA_ROOMS))]

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"

    pieces = shown_pieces(p, lambda v: f"<h3>{esc(v)}</h3>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote><p>{esc(v)}</p></blockquote>", listing)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(SA_MARGIN_LABELS)
        text = rng.choice(SA_MARGINS)
        slot_in(pieces, spot(n_essay, rng, 2, 6),
                ("note", f'<aside class="judge-margin"><span class="judge-margin__label">{esc(label)}</span> {esc(text)}</aside>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"{first} and classmates beside the object in the {room} gallery"
            piece = (f'<figure class="entry-photo"><img src="/media/learning/{digest(site, "img", p.title, n=10)}.jpg" alt="" width="900" height="600">'
                     f"<figcaption>{esc(caption)}</figcaption></figure>")
        else:
            caption = f"Listen: {first} reads the opening ({clock(number(site, 'len', p.title, mod=100, base=70))})"
            piece = (f'<div class="entry-audio"><audio controls preload="none" src="/media/learning/{digest(site, "aud", p.title, n=10)}.mp3"></audio>'
                     f'<p class="entry-audio__caption">{esc(caption)}</p></div>')
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    area = ""
    if p.cut is not None:
        said = SA_AREA.format(words=fmt_int(p.rest_words()))
        area = (f'<div class="teachers-area"><h3>Teachers\u2019 area</h3><p>{esc(said)}</p>'
                f'<form action="/learning/teachers/register" method="post"><label for="school-email">School e-mail address</label>'
                f'<input id="school-email" type="email" name="email"><button type="submit">Register my school</button></form></div>\n')
        p.clutter += [said, "Register my school", "School e-mail address"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h3>Works Cited</h3>"))
        pieces.append(("refs", '<div class="entry-refs">' + "\n".join(f"<p>{mk}</p>" for _, mk in p.refs) + "</div>"))
    essay_html = "\n".join(h for _, h in pieces)
    length = f"{fmt_int(p.words)} words, written out by hand on {p.pages} {'sheet' if p.pages == 1 else 'sheets'}"
    band = SA_BANDS[p.level]
    p.clutter += [length, f"By {first} {initial}, {p.level}, {school}", "Length of entry", "Judges\u2019 band",
                  "Gallery theme", "Age band", f"{SA_GALLERY} \u00b7 2018 entries"]
    thing = SA_OBJECTS[number(site, "obj", p.title, mod=len(SA_OBJECTS))].format(x=card["x"], setting=card["setting"], period=card["period"])
    acc = f"RM.{1950 + number(site, 'accy', p.title, mod=60)}.{number(site, 'accn', p.title, mod=400, base=1)}"
    label_text = f"{first} chose this object on a class visit. It is on show in the {room} gallery, case {number(site, 'case', p.title, mod=30, base=1)}."
    focus = (f'<aside class="object-focus"><h2 class="object-focus__title">Object in focus</h2>'
             f'<img src="/media/collections/{acc.lower().replace(".", "-")}.jpg" alt="" width="400" height="400">'
             f'<p class="object-focus__name">{esc(thing)}</p><p class="object-focus__acc">Accession number {acc}</p>'
             f'<p class="object-focus__label">{esc(label_text)}</p><a class="object-focus__link" href="/collections/{acc.lower()}">Find it in the galleries</a></aside>\n')
    p.clutter += ["Object in focus", thing, f"Accession number {acc}", label_text, "Find it in the galleries"]
    early = placed_before(site, "object", p)
    support = ""
    if carries(site, "credit", 6, p):
        support = f'<p class="entry-support">{esc(SA_SUPPORT)}</p>\n'
        p.clutter.append(SA_SUPPORT)
    cards = ""
    for t in rng.sample(p.others, 3):
        line = objection_of(t)
        f2, i2, s2 = sa_pupil(t)
        cards += (f'<li class="gallery-card"><a href="/learning/write-back/2018/{slug(t)}/"><h3 class="gallery-card__title">{esc(t)}</h3>'
                  f'<blockquote class="gallery-card__quote">\u201c{esc(line)}\u201d</blockquote><p class="gallery-card__by">{esc(f2)} {esc(i2)}, {esc(s2)}</p>'
                  f'<span class="gallery-card__more">Read the entry</span></a></li>\n')
        p.clutter += [t, line, f"{f2} {i2}, {s2}"]
    news = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        news = f'<div class="visitor-alert" role="status"><p>{esc(SA_NEWS[turn])}</p></div>\n'
        p.clutter.append(SA_NEWS[turn])
    cookie = ""
    if carries(site, "cookies", 12, p):
        cookie = f'<div class="cookie-strip"><p>{esc(SA_COOKIE)}</p><button type="button">Close</button></div>\n'
        p.clutter.append(SA_COOKIE)
    hours = "Open today 10:00\u201316:30 \u00b7 Free entry"
    p.clutter += [hours, "Plan your visit", "More from the gallery", "Book a Write Back workshop", "Enter the 2019 gallery",
                  "Bring your class to write with us", "Read the entry", f"{SA_MUSEUM} is part of Ravensmere Heritage Trust",
                  "Sign up for our schools newsletter"]
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{esc(p.title)} \u2014 {SA_GALLERY} \u2014 {SA_MUSEUM}</title>
<meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/assets/css/ravensmere.{digest(site, 'css', n=7)}.css">
</head>
<body class="learning learning--gallery-entry">
{cookie}<div class="utility-bar"><p class="utility-bar__hours">{hours}</p><ul><li><a href="/visit">Plan your visit</a></li><li><a href="/shop">Shop</a></li><li><a class="btn btn--donate" href="/support/donate">Donate</a></li></ul></div>
<header class="masthead"><a class="masthead__logo" href="/"><img src="/assets/img/ravensmere-logo.svg" alt="{html.escape(SA_MUSEUM)}" width="220" height="60"></a>
<nav class="primary-nav"><ul><li><a href="/visit">Visit</a></li><li><a href="/whats-on">What\u2019s on</a></li><li><a href="/collections">Collections</a></li><li><a href="/learning" class="is-active">Learning</a></li><li><a href="/support">Support us</a></li></ul></nav></header>
{news}<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/learning">Learning</a></li><li><a href="/learning/schools">Schools</a></li><li><a href="/learning/write-back">{SA_GALLERY}</a></li><li>2018 entries</li></ol>
<main class="entry-layout">
<article class="gallery-entry">
<p class="kicker">{SA_GALLERY} \u00b7 2018 entries</p>
<h1 class="gallery-entry__title">{esc(p.title)}</h1>
<p class="gallery-entry__by">By {esc(first)} {esc(initial)}, {esc(p.level)}, {esc(school)}</p>
<table class="entry-facts">
<tr><th scope="row">Age band</th><td>{band}</td></tr>
<tr><th scope="row">Gallery theme</th><td>{esc(p.category)}</td></tr>
<tr><th scope="row">Length of entry</th><td>{esc(length)}</td></tr>
<tr><th scope="row">Judges\u2019 band</th><td>{esc(p.grade)}</td></tr>
</table>
{focus if early else ""}<div class="entry-text prose">
{essay_html}
</div>
{area}{"" if early else focus}{support}<div class="entry-actions"><a class="btn" href="/learning/schools/workshops">Book a Write Back workshop</a> <a class="btn btn--outline" href="/learning/write-back/enter">Enter the 2019 gallery</a>
<p>Bring your class to write with us</p></div>
</article>
<section class="gallery-more"><h2>More from the gallery</h2><ul>
{cards}</ul></section>
</main>
<footer class="site-footer"><div class="site-footer__cols">
<div><h4>Find us</h4><p>Canal Wharf, Ravensmere RM4 2QT</p><p>{hours}</p></div>
<div><h4>Schools</h4><p><a href="/learning/schools/newsletter">Sign up for our schools newsletter</a></p></div></div>
<p class="site-footer__legal">{SA_MUSEUM} is part of Ravensmere Heritage Trust, registered charity {number(site, 'charity', mod=90000, base=1100000)}.</p>
</footer>
</body>
</html>
"""


# ---- 4. bryher: a regional newspaper's web edition of its young writers' supplement, 2017 ---------------------

BR_PAPER = "The Severnside Chronicle"
BR_SUPPLEMENT = "Young Voices"
BR_WRITERS = [("Imogen", "Tredinnick"), ("Ciaran", "Ashworth-Lyle"), ("Gwenno", "Rudge"), ("Emre", "Demirci"),
              ("Nesta", "Vaughan-Hale"), ("Linus", "Featherstonhaugh"), ("Anwen", "Lusted"), ("Farid", "Siddiqui"),
              ("Eloise", "Bracegirdle"), ("Aurelio", "Strachey-Bell"), ("Saoirse", "Mullally"), ("Ptolemy", "Gwillim")]
BR_SCHOOLS = ["Chepstow Road Academy", "Lydney Vale School", "Slimbridge Marsh College", "Thornbury Hill School",
              "St Brannoc's Sixth Form", "Newnham Ferry High School"]
BR_STANDFIRSTS = [
    "{first}, {age}, from {school}, takes a long, sceptical look at {x}.",
    "In this year's {supp} entries, {first} reopens the story of {x}.",
    "Why does {x} still divide historians? {first}, {age}, has an answer.",
]
BR_ASIDE_LABELS = ["[Ed:", "[Fact check:", "[Judges' view:", "[Glossary:"]
BR_ASIDES = [
    "the writer checked this date against two books",
    "our history editor confirms this figure",
    "one of the strongest passages among this year's entries",
    "a term worth looking up if it is new to you",
    "the judges debated this paragraph at length",
    "some historians dispute this claim",
    "readers wrote in about this very point last year",
]
BR_HEADLINES = [
    "Ferry timetable cut as crossing repairs overrun", "Council approves plans for riverside homes",
    "Rugby: late try seals promotion push", "Lorry sheds load of potatoes on bypass",
    "Library opening hours to be extended in spring", "Village shop saved by community buy-out",
    "Flood defence works to begin next month", "Choir raises thousands for hospice",
]
BR_NEWS = [
    "Our new-look website is here: send comments to feedback@severnsidechronicle.co.uk",
    "Print subscribers can now read the e-edition at no extra cost. Activate it in your account.",
    "Young Voices 2017 is now open for entries. Closing date: 30 June.",
]
BR_COOKIE = ("The Chronicle and advertisers working with it place cookies to tailor ads and count readers. Carry on "
             "reading to accept, or change your settings at any time.")
BR_SPONSOR = "Young Voices is supported by Severnside Building Society."
BR_ABOUT = ("Young Voices is the Chronicle's yearly showcase of writing by readers aged 14 to 18. Entries appear "
            "as the writers sent them, with spelling corrected.")
BR_WALL = ("The remaining {words} words of {first}'s essay are part of our digital edition. Subscribe today from "
           "\u00a31 for your first month.")
BR_READERS = [
    ("Severnsider", "Proud to see young people writing like this. Well done."),
    ("M Price", "Better researched than half the columns in this paper."),
    ("RiverRat62", "Interesting, though I remember being taught the opposite at school."),
    ("Gwen J", "My granddaughter entered too. Lovely to see these in print."),
    ("Ex-teacher", "Clear argument and fair to the other side. Top marks."),
]


def br_writer(title: str) -> tuple[str, str, str, int]:
    first, last = BR_WRITERS[number("bryher", "writer", title, mod=len(BR_WRITERS))]
    return first, last, BR_SCHOOLS[number("bryher", "school", title, mod=len(BR_SCHOOLS))], number("bryher", "age", title, mod=4, base=15)


def bryher(p: Page) -> str:
    rng = p.rng
    site = "bryher"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    backdate(p, 2016)
    card = p.card
    first, last, school, age = br_writer(p.title)
    out = datetime(2017, 3, 6, 6, 0) + timedelta(days=number(site, "day", p.title, mod=120), minutes=number(site, "min", p.title, mod=600))

    def listing(ordered: bool, items: list[str]) -> str:
        tag = "ol" if ordered else "ul"
        return f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"

    pieces = shown_pieces(p, lambda v: f'<h2 class="story-body__subhead">{esc(v)}</h2>', lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f'<blockquote class="story-body__quote"><p>{esc(v)}</p></blockquote>', listing)
    n_essay = len(pieces)
    # the pull quote repeats the first figures sentence, if the reader can see it, two blocks further on
    figures = ESSAYS_BY_TITLE[p.title]["figures"][0]
    home = next((k for k, (kind, v) in enumerate(p.visible()) if kind == "paragraph" and figures in v), None)
    if home is not None and home + 2 < n_essay:
        slot_in(pieces, home + 2, ("pull", f'<aside class="pullout"><p>\u201c{esc(figures)}\u201d</p></aside>'))
    if carries(site, "remark", 13, p):
        label = rng.choice(BR_ASIDE_LABELS)
        text = rng.choice(BR_ASIDES)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<p class="ed-aside"><em>{esc(label)} {esc(text)}]</em></p>'))
        p.clutter.append(f"{label} {text}]")
    slot_in(pieces, spot(n_essay, rng, 3, 5), ("ad", f'<div class="ad-slot ad-slot--mpu" aria-hidden="true"><span class="ad-slot__label">Advertisement</span>'
                                                     f'<div id="gpt-mpu-{digest(site, "ad", p.title, n=6)}"></div></div>'))
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Readers' archive: {card['setting']}, photographer unknown"
            piece = (f'<figure class="inline-photo"><img src="https://images.severnsidechronicle.co.uk/yv/{digest(site, "img", p.title, n=10)}.jpg" alt="" width="620" height="413">'
                     f'<figcaption>{esc(caption)}</figcaption></figure>')
        else:
            caption = f"Hear {first} read this essay on Chronicle Radio ({clock(number(site, 'len', p.title, mod=200, base=150))})"
            piece = (f'<div class="audio-embed"><audio controls preload="none" src="https://audio.severnsidechronicle.co.uk/yv/{digest(site, "aud", p.title, n=10)}.mp3"></audio>'
                     f'<p class="audio-embed__caption">{esc(caption)}</p></div>')
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    wall = ""
    meter = ""
    if p.cut is not None:
        said = BR_WALL.format(words=fmt_int(p.rest_words()), first=first)
        wall = (f'<div class="paywall"><h3 class="paywall__title">This essay continues for subscribers</h3><p>{esc(said)}</p>'
                f'<a class="btn btn--subscribe" href="/subscribe?src=yv">Subscribe now</a> <a class="paywall__signin" href="/signin">Already a subscriber? Sign in</a></div>\n')
        p.clutter += [said, "This essay continues for subscribers", "Already a subscriber? Sign in"]
    else:
        seen = number(site, "meter", p.title, mod=4, base=1)
        meter = f'<div class="meter"><p>You have read {seen} of 5 free stories this month.</p></div>\n'
        p.clutter.append(f"You have read {seen} of 5 free stories this month.")
    if p.cut is None and p.refs:
        pieces.append(("heading", '<h2 class="story-body__subhead">Works Cited</h2>'))
        pieces.append(("refs", "\n".join(f'<p class="story-body__ref">{mk}</p>' for _, mk in p.refs)))
    body = "\n".join(h for _, h in pieces)
    stand = BR_STANDFIRSTS[number(site, "stand", p.title, mod=len(BR_STANDFIRSTS))].format(
        first=first, age=age, school=school, x=card["x"], supp=BR_SUPPLEMENT)
    hero = f"{cap(card['setting'])}, the scene of {first}'s essay. Picture: Chronicle archive"
    length = f"Entry as sent in: {fmt_int(p.words)} words over {p.pages} typed {pages_word(p.pages)}"
    byline = f"By {first} {last}, {age}, {school}"
    p.clutter += [stand, hero, length, byline, "Advertisement"]
    about = f'<aside class="about-yv"><h3 class="about-yv__title">About {BR_SUPPLEMENT}</h3><p>{esc(BR_ABOUT)}</p></aside>\n'
    p.clutter += [BR_ABOUT, f"About {BR_SUPPLEMENT}"]
    early = placed_before(site, "about", p)
    sponsor = ""
    if carries(site, "credit", 6, p):
        sponsor = f'<p class="sponsor-line">{esc(BR_SPONSOR)}</p>\n'
        p.clutter.append(BR_SPONSOR)
    ticker = BR_HEADLINES[number(site, "tick", p.title, mod=len(BR_HEADLINES))]
    most = rng.sample(BR_HEADLINES, 5)
    p.clutter += [ticker] + most
    readers = rng.sample(BR_READERS, rng.randint(1, 2))
    p.clutter += [t for _, t in readers]
    teasers = ""
    for t in rng.sample(p.others, 3):
        lead = lead_pair_of(t)
        f2, l2, s2, a2 = br_writer(t)
        teasers += (f'<li class="teaser"><a href="/young-voices/2017/{slug(t)}"><h3 class="teaser__title">{esc(t)}</h3></a>'
                    f'<p class="teaser__text">{esc(lead)}</p><p class="teaser__by">By {esc(f2)} {esc(l2)}, {a2}</p></li>\n')
        p.clutter += [t, lead, f"By {f2} {l2}, {a2}"]
    news = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        news = f'<div class="site-notice"><p>{esc(BR_NEWS[turn])}</p></div>\n'
        p.clutter.append(BR_NEWS[turn])
    cookie = ""
    if carries(site, "cookies", 12, p):
        cookie = f'<div class="consent-bar" id="consent"><p>{esc(BR_COOKIE)}</p><button>OK</button> <a href="/privacy#settings">Settings</a></div>\n'
        p.clutter.append(BR_COOKIE)
    p.clutter += [f"More from {BR_SUPPLEMENT}", "Most read", "Share this story", "Contact the newsroom", "Advertise with us",
                  "\u00a9 2017 Severnside Newspapers Ltd", "Severnside Newspapers Ltd, Quay Street, Lydney"]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": p.title, "datePublished": out.isoformat(),
                     "author": {"@type": "Person", "name": f"{first} {last}"}, "publisher": {"@type": "Organization", "name": BR_PAPER},
                     "isAccessibleForFree": p.cut is None}, ensure_ascii=False)
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<title>{esc(p.title)} | {BR_SUPPLEMENT} | {BR_PAPER}</title>
<meta name="viewport" content="width=device-width">
<meta property="og:type" content="article">
<meta property="og:title" content="{html.escape(p.title)}">
<meta property="og:description" content="{html.escape(stand)}">
<script type="application/ld+json">{ld}</script>
<link rel="stylesheet" href="/static/chronicle.{digest(site, 'css', n=8)}.css">
</head>
<body class="section-young-voices">
{cookie}<div class="top-strip"><span class="top-strip__date">{out.strftime('%A')} {out.day} {out.strftime('%B %Y')}</span> <a class="top-strip__sub" href="/subscribe">Subscribe</a> <a href="/signin">Sign in</a></div>
<header class="masthead"><a href="/" class="masthead__title">{BR_PAPER}</a>
<nav class="sections"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/young-voices" class="is-current">{BR_SUPPLEMENT}</a></li><li><a href="/puzzles">Puzzles</a></li><li><a href="/jobs">Jobs</a></li></ul></nav></header>
<div class="ticker"><strong>Latest:</strong> <a href="/news/{slug(ticker)}">{esc(ticker)}</a></div>
{news}{meter}<main class="page-grid">
<article class="story" itemscope itemtype="https://schema.org/NewsArticle">
<p class="story__kicker"><a href="/young-voices">{BR_SUPPLEMENT}</a></p>
<h1 class="story__headline" itemprop="headline">{esc(p.title)}</h1>
<p class="story__standfirst">{esc(stand)}</p>
<div class="story__byline"><span itemprop="author">{esc(byline)}</span> \u00b7 <time datetime="{out.isoformat()}">Published {out.strftime('%H:%M')}, {out.day} {out.strftime('%B %Y')}</time></div>
<p class="story__length">{esc(length)}</p>
<figure class="story__hero"><img src="https://images.severnsidechronicle.co.uk/yv/hero-{digest(site, 'hero', p.title, n=8)}.jpg" alt="" width="960" height="540"><figcaption>{esc(hero)}</figcaption></figure>
<div class="share-bar"><span>Share this story</span> <a href="#" class="share share--fb">Facebook</a> <a href="#" class="share share--tw">Twitter</a> <a href="#" class="share share--wa">WhatsApp</a> <a href="#" class="share share--em">Email</a></div>
{about if early else ""}<div class="story-body" itemprop="articleBody">
{body}
</div>
{wall}{"" if early else about}{sponsor}<section class="comments"><h3>Comments ({len(readers)})</h3>
{"".join(f'<div class="comment"><p class="comment__who">{esc(w)}</p><p class="comment__text">{esc(t)}</p></div>' for w, t in readers)}
</section>
</article>
<aside class="rail">
<section class="more-yv"><h2>More from {BR_SUPPLEMENT}</h2><ul>
{teasers}</ul></section>
<section class="most-read"><h2>Most read</h2><ol>{"".join(f'<li><a href="/news/{slug(h)}">{esc(h)}</a></li>' for h in most)}</ol></section>
<div class="ad-slot ad-slot--sky" aria-hidden="true"><span class="ad-slot__label">Advertisement</span></div>
</aside>
</main>
<footer class="site-footer"><ul><li><a href="/contact">Contact the newsroom</a></li><li><a href="/advertise">Advertise with us</a></li><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li></ul>
<p>\u00a9 2017 Severnside Newspapers Ltd</p><p>Severnside Newspapers Ltd, Quay Street, Lydney</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------------- main

SITES = {  # folder -> (writer; teaser pages; pages with references; twin pair, left unused)
    "ulva": (ulva, 3, 4, None),        # AMP blog post: members' wall, writer's origin box above or below
    "rathlin": (rathlin, 3, 4, None),  # expert answer under a pupil's question: outline box above or below
    "sanda": (sanda, 2, 4, None),      # museum gallery entry: facts table, object panel above or below
    "bryher": (bryher, 3, 3, None),    # newspaper supplement: pull quote, ads, about box above or below
}


def units_of(essay: dict) -> set[str]:
    """Normalised texts over five words long: blocks other than headings, and each list item."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int, need: int) -> list[dict]:
    """Goes through shuffled cards, rejecting an essay whenever one of its units appears within a kept essay,
    or a kept unit within it; ends once `need` are kept."""
    chosen: list[tuple[dict, set[str], str]] = []
    for card in cards:
        if len(chosen) == need:
            break
        essay = make_essay(card, random.Random(f"{seed}:essay:{card['id']}"))
        units = units_of(essay)
        text = norm(" ".join(block_text(b) for b in essay["blocks"]))
        if any(u in other for u in units for _, _, other in chosen) or any(u in text for _, theirs, _ in chosen for u in theirs):
            continue
        chosen.append((essay, units, text))
    if len(chosen) < need:
        raise SystemExit(f"only {len(chosen)} usable essays, need {need}")
    return [e for e, _, _ in chosen]


def main() -> None:
    global SEED
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=2027)
    args = ap.parse_args()
    SEED = args.seed
    rng = random.Random(args.seed)
    cards = parse_cards()
    rng.shuffle(cards)
    need = g.essays_needed(SITES, PAGES_PER_SITE)
    chosen = choose_essays(cards, args.seed, need)
    ESSAYS_BY_TITLE.clear()
    ESSAYS_BY_TITLE.update({e["title"]: e for e in chosen})

    def page_for(name: str, n: int, essay: dict, titles: list[str], page_rng: random.Random, twin: Page | None) -> Page:
        return Page(essay, page_rng, n, titles, name)

    def copy_twin(page: Page, twin: Page) -> None:
        page.blocks, page.cut, page.refs = twin.blocks, twin.cut, twin.refs
        page.words, page.pages, page.minutes = twin.words, twin.pages, twin.minutes
        page.level, page.grade = twin.level, twin.grade

    rows = g.write_site_folders(
        args.outdir, args.seed, SITES, chosen, PAGES_PER_SITE, page_for, copy_twin,
        lambda name, n, e: f"{name}\tpage-{n:02d}\t{e['id']}\t{e['words']}\t{e['title']}")
    header = "site\tpage\ttopic_card\tessay_words\tessay_title"
    (args.outdir / "SOURCES.tsv").write_text("\n".join([header, *rows]) + "\n", "utf-8")
    print(f"{len(SITES)} sites x {PAGES_PER_SITE} pages -> {args.outdir} ({need} essays from {len(cards)} cards)")


if __name__ == "__main__":
    main()
