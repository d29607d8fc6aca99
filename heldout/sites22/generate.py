"""Site set twenty-two for issue 13: pages on which a batch must learn each site's template when it first meets it.

    usage (with the project's interpreter): generate.py OUTDIR [--seed 2022]

Four invented essay-publishing sites with eighteen pages apiece, copying the look of platforms which none of the
twenty-one previous sets (heldout/sites/ to sites21/) copies. Every OUTDIR/<site>/page-NN.html comes with
OUTDIR/<site>/truth/page-NN.md, written in the format bench/scoring.py reads. Essays are assembled on the spot
from topic cards (ESSAY_CARDS) and from sentence patterns found in no earlier generator, which keeps all of the
prose unfamiliar to whatever is being measured. Cards are never reused, OUTDIR/SOURCES.tsv records where each went,
and an unchanged seed reproduces every byte.

Sites (markup families):
  skomer    GeoCities, hand-written HTML 3.2: model exam answers kept by a retired teacher. Only the site name is
            an h1; every page puts its set question in an h3 over the title, which is merely a bold font run;
            paragraphs are p tags left open inside a single font tag; word and page counts follow the last
            paragraph in that font, ahead of any references; the hit counter plus webring table opens the answer
            on some pages and closes it on others
  bardsey   MySpace, a sixth-former's blog. The title is the entry subject (a table cell, no heading element);
            headings are p tags holding bold underlined text; the counts are the pupil's own opening remark
            inside the entry, with pages spelled out as words; a brief unrelated diary post, marked up exactly
            like the essay's entry, sits over it on some pages and under it on others
  caldey    Scoop, a readers' site where members vote history stories onto the front page. A grey table bar holds
            the title, the first paragraph gets a table to itself next to a topic icon, and the rest follows;
            bracketed updates break into the text, the queue's vote tally moves, and a sidebar quotes the
            second fact of other stories
  lundy     Suite101. Under the title, a summary deck shares the class of the article's paragraphs; the opening
            letter is a drop capital; pull quotes reprint a line of the essay in big type; a "three things" list
            moves; the counts are one item in a strip of dates and view numbers under the article

Imported as they stand from the generators of sets one to three: writing the truth files and folders, the teaser cuts and the
Works Cited endings.
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
from urllib.parse import quote


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

# ------------------------------------------------------------------------------------------------- topic cards
# Eleven "|"-separated fields a line: title, subject, x (noun phrase), people (plural), setting, period, the
# strands (three, ";" between them), thesis and rival (both continue "... that"), then two facts. A fact's sole
# full stop closes it, which keeps facts whole whenever a paragraph is chopped at sentence ends.

ESSAY_CARDS = """
Shares Across the Atlantic | politics | the Marconi scandal | Liberal ministers, a wireless company chairman and hostile newspaper editors | Westminster and the City of London | 1912 to 1913 | the government contract for a chain of wireless stations; the ministers' purchase of American Marconi shares; the select committee split along party lines | the scandal did lasting damage because ministers concealed their dealings rather than because they broke any law | ministers bought shares in an unrelated American firm and did nothing wrong | In 1912 the Post Office agreed a contract with the Marconi company to build a chain of imperial wireless stations. | The Attorney General, Rufus Isaacs, had bought shares in the American Marconi company while the contract was pending.
Ten Engines and No Buyers | history of technology | the Saunders-Roe Princess flying boat | aircraft designers, airline planners and Treasury officials | the slipways at East Cowes | 1946 to 1967 | the ten-engine design ordered for transatlantic service; the airlines' shift to land-based airliners; the three hulls stored in cocoons for years | the Princess was obsolete before it flew because long concrete runways had changed air travel | the aircraft failed only because its engines were never powerful enough | The Saunders-Roe Princess made its first flight from Cowes in August 1952. | Only one of the three aircraft built ever flew, and all three were later scrapped.
Six Days in a Basement | history | the Spaghetti House siege | restaurant staff, three armed robbers and the Metropolitan Police | a restaurant cellar in Knightsbridge | 1975 | the raid on the Sunday takings; the police decision to wait rather than storm; the surrender after six days | the siege ended without deaths because police deliberately chose patience over force | the gunmen gave up simply because they ran out of food and nerve | Armed men tried to rob the Spaghetti House restaurant in Knightsbridge in September 1975 and took its staff hostage in the basement. | The hostages were all released unharmed after six days.
Hostages in the Bank Vault | history | the Norrmalmstorg robbery | bank clerks, two armed criminals and the Swedish police | a bank on Norrmalmstorg square in Stockholm | 1973 | the robber who demanded his friend be brought from prison; the hostages' telephone call to the prime minister; the gas used to end the standoff | the hostages sided with their captors because they feared the police more than the robbers | the hostages were simply confused by stress and exhaustion | A robber took four bank employees hostage in a vault in Stockholm in August 1973. | The siege lasted six days and gave its name to the phrase Stockholm syndrome.
A Dingo at the Campsite | history | the Azaria Chamberlain case | a pastor and his wife, forensic scientists and the Australian press | the campground beside Uluru | 1980 to 1988 | the baby who vanished from a tent; the forensic evidence that convinced a jury; the jacket found years later on the rock | the conviction rested on forensic work that nobody in court was able to question properly | the jury reached a reasonable verdict on the evidence it was shown | Nine-week-old Azaria Chamberlain disappeared from her family's tent near Uluru in August 1980. | Lindy Chamberlain was released in 1986 after the baby's matinee jacket was found near a dingo lair.
Mines on the Hull | politics | the sinking of the Rainbow Warrior | Greenpeace campaigners, French secret agents and New Zealand detectives | Auckland harbour | 1985 to 1987 | the protest fleet heading for Mururoa; the two explosions at the wharf; the arrest of agents posing as tourists | the bombing backfired because it turned a small campaign into an international cause | the operation failed only through bad luck and careless agents | French agents sank the Greenpeace ship Rainbow Warrior in Auckland harbour in July 1985. | The photographer Fernando Pereira drowned when the ship went down.
Lumberjacks and Militia | politics | the Aroostook War | Maine lumbermen, New Brunswick settlers and envoys of the two governments | the disputed forests of the Aroostook valley | 1838 to 1842 | the timber cut on disputed land; the militia marched north by both sides; the treaty that drew the line | the dispute never became a real war because neither government wanted to fight over trees | bloodshed was avoided only because winter kept the militias apart | Militia from Maine and New Brunswick faced each other over disputed timber land in the winter of 1839. | The Webster-Ashburton Treaty settled the boundary in 1842.
A Shot Through the Soup | politics | the Kettle War | Austrian ministers, Dutch naval officers and French diplomats | the mouth of the River Scheldt | 1784 to 1785 | the closure of the Scheldt to shipping; the ship sent downriver to test the closure; the treaty signed at Fontainebleau | the affair was settled by money because neither side could afford a real war | the Dutch won simply because they held the river | A Dutch warship fired on an Austrian merchant vessel sailing down the Scheldt in October 1784. | The only shot is said to have struck the ship's soup kettle.
A Strip of Swamp | politics | the Toledo War | Ohio and Michigan politicians, county officers and President Jackson's envoys | the Toledo Strip on the Maumee River | 1835 to 1836 | the rival surveys of the border; the arrests and the court sessions held at night; the bargain that gave Michigan the northern peninsula | the quarrel was settled by Congress because statehood mattered more to Michigan than the strip | Ohio won the dispute because it simply had more votes in Congress | Ohio and Michigan both claimed the Toledo Strip and raised militia over it in 1835. | Michigan gave up the strip in exchange for the western Upper Peninsula when it became a state in 1837.
Bee Trees on the Border | politics | the Honey War | Missouri tax collectors, Iowa settlers and territorial governors | the border country between Missouri and Iowa | 1839 to 1849 | the disputed survey line; the tax collector who cut down bee trees; the Supreme Court ruling years later | the Honey War shows how frontier borders were decided by surveyors long before governments noticed | the quarrel was a frontier farce that mattered to nobody | A Missouri tax collector was said to have cut down three trees full of wild honey in disputed land in 1839. | The Supreme Court settled the boundary in favour of Iowa in 1849.
Two Governors in Providence | politics | the Dorr Rebellion | disenfranchised workers, Rhode Island landowners and the lawyer Thomas Dorr | the state of Rhode Island | 1841 to 1849 | the old charter that limited the vote to landowners; the rival People's Constitution and its elections; the failed attack on the arsenal | the rebellion won its aims in defeat because the old government had to widen the vote to survive | the rebellion was a fiasco that changed nothing | Supporters of a new constitution elected Thomas Dorr governor of Rhode Island in April 1842, while the old government remained in office. | An attack led by Dorr on the state arsenal in Providence failed in May 1842.
Church and King in Birmingham | history | the Priestley Riots | Dissenting chemists and ministers, Birmingham crowds and local magistrates | the town of Birmingham | 1791 to 1794 | the dinner held to celebrate the fall of the Bastille; the burning of meeting houses and homes; the magistrates who looked away | the riots were encouraged by local men of standing who wanted Dissenters put in their place | the riots were a spontaneous outburst of popular loyalty | Rioters in Birmingham burned the house and laboratory of Joseph Priestley in July 1791. | Priestley left England for America in 1794.
The Agent at Lough Mask | history | the boycott of Captain Boycott | an English land agent, Irish tenants and the Land League | the estate of Lough Mask House in County Mayo | 1880 | the tenants' demand for lower rents; the refusal of every servant and shopkeeper to deal with him; the harvest brought in under military guard | the campaign succeeded because it turned the whole community into a weapon without any violence | the agent was beaten by the cost of the harvest, not by the tenants | Tenants and servants on an estate in County Mayo refused all dealings with the land agent Charles Boycott in 1880. | Volunteers from Ulster brought in his harvest under the protection of about a thousand soldiers.
Trams Stopped on Sackville Street | history | the Dublin Lockout | tram workers, Dublin employers and trade union leaders | the city of Dublin | 1913 to 1914 | the tram strike during Horse Show week; the employers' demand that workers quit the union; the food ships sent from Britain | the lockout was a defeat on paper but broke the employers' hope of destroying the union | the workers were simply starved back to work | About twenty thousand Dublin workers were locked out after a tram strike began in August 1913. | British trade unions sent food ships to Dublin during the dispute.
Relief for the Workless | social history | the Belfast outdoor relief protests | unemployed men, Poor Law guardians and the Royal Ulster Constabulary | the streets of east and west Belfast | 1932 | the relief paid for roadwork at starvation rates; the march of Protestant and Catholic unemployed together; the rioting that won higher rates | the protests won because the unemployed briefly refused to divide along religious lines | the rates rose because the government was already planning to raise them | Unemployed workers in Belfast struck against the rates of outdoor relief in October 1932. | Protestant and Catholic workers marched and rioted side by side in the dispute.
Convicts in the Coal Seams | history | the Coal Creek War | free miners, leased convicts and the Tennessee militia | the coalfields around Briceville in Tennessee | 1891 to 1896 | the convicts leased to replace free miners; the stockades stormed and the convicts sent away; the state's end to convict leasing | the war ended convict leasing because it made the system too expensive to defend | the leasing system was ended by reformers with no help from the miners | Miners in eastern Tennessee freed convict labourers from company stockades in July 1891. | Tennessee ended its convict lease system in 1896.
Cattle Cars to New Mexico | history | the Bisbee deportation | striking copper miners, an armed posse and the mining company's managers | the copper town of Bisbee in Arizona | 1917 | the strike at the copper mines; the posse that rounded up the strikers; the trains left in the desert | the deportation was organised by the mining company using wartime fear as cover | the deportation was a local answer to a real threat of violence | More than a thousand striking miners were deported from Bisbee in Arizona in cattle cars in July 1917. | The men were left in the desert at Hermanas in New Mexico.
Forty-Four Days in Fisher Body | history | the Flint sit-down strike | car workers, General Motors managers and the governor of Michigan | the Fisher Body plants at Flint in Michigan | 1936 to 1937 | the workers who sat down beside their machines; the battle at the plant gates; the governor who refused to send troops in | the strike succeeded because the governor refused to clear the plants by force | the strike succeeded because General Motors needed to restart production quickly | Workers occupied General Motors plants in Flint in Michigan from December 1936. | After forty-four days the company recognised the United Auto Workers.
A Holiday at Republic Steel | history | the Memorial Day massacre | steelworkers, their families and the Chicago police | a field near the Republic Steel works in South Chicago | 1937 | the Little Steel strike; the march across the open prairie; the newsreel that was withheld | the shooting was covered up until a film showed what the police had done | the police fired in self-defence against a violent crowd | Chicago police shot dead ten demonstrators near the Republic Steel plant in May 1937. | A newsreel of the shooting was kept from the public for several weeks.
Trucks and Pickets | history | the Minneapolis Teamsters strike | truck drivers, the Citizens' Alliance and the Minnesota governor | the market district of Minneapolis | 1934 | the coal yards strike of the winter; the battle of the market; Bloody Friday in July | the strike broke the employers' hold on Minneapolis because the drivers organised by industry | the governor's intervention alone won the strike | Truck drivers in Minneapolis struck for union recognition in May 1934. | Police shot dozens of strikers on a day in July that became known as Bloody Friday.
Strike on the Reef | history | the Rand Revolt | white mineworkers, mine owners and the Smuts government | the gold mines of the Witwatersrand | 1922 | the plan to employ more black workers at lower pay; the commandos formed by the strikers; the aircraft and artillery used against them | the revolt was crushed by the state but shaped South African labour law for decades | the revolt was a simple communist rising | A strike of white mineworkers on the Witwatersrand turned into armed revolt in March 1922. | The government used aircraft and artillery to defeat the strikers.
Shots on Nanking Road | history | the May Thirtieth Movement | Chinese students, mill workers and International Settlement police | the International Settlement of Shanghai | 1925 | the strike at Japanese-owned cotton mills; the shooting at a police station; the boycotts that spread to Hong Kong | the shooting turned a labour dispute into a national movement against foreign privilege | the police had to shoot or see their station overrun | Police of the International Settlement in Shanghai fired on demonstrators in May 1925. | Strikes and boycotts spread to many cities afterwards.
The Police Station Burned | imperial history | the Chauri Chaura incident | villagers, local police and Gandhi's movement | a market town in the United Provinces of India | 1922 | the volunteers picketing the market; the burning of the police station; Gandhi's decision to halt the movement | the incident ended the campaign because Gandhi could not accept violence done in his name | the campaign was stopped because the British were about to arrest its leaders | A crowd burned a police station at Chauri Chaura in February 1922, killing twenty-two policemen. | Gandhi called off the non-cooperation movement soon afterwards.
Water Against Bullets | imperial history | the Maji Maji rebellion | African farmers, spirit mediums and German colonial officers | the south of German East Africa | 1905 to 1907 | the forced cotton growing; the sacred water meant to turn bullets; the famine caused by the German response | the rebellion united many peoples because of shared anger at forced cotton and shared faith in the water | the rebellion was a tribal rising with no common aim | The Maji Maji rebellion against German rule began in German East Africa in July 1905. | Many more people died in the famine that followed than in the fighting.
The Poll Tax in Natal | imperial history | the Bambatha rebellion | Zulu chiefs, colonial militia and Natal officials | the forests and valleys of Natal | 1906 | the new poll tax; the chief who took to the Nkandla forest; the militia's campaign | the rebellion was provoked by a colonial government looking for a chance to assert its power | the rebellion was a spontaneous rising that the colony had to put down | A new poll tax in Natal provoked armed resistance led by the chief Bambatha in 1906. | Several thousand Africans were killed in the campaign against the rising.
Market Women in Revolt | imperial history | the Aba Women's War | Igbo market women, warrant chiefs and British officials | the towns of south-eastern Nigeria | 1929 | the rumour that women would be taxed; the protests against warrant chiefs; the shooting at Opobo | the protest succeeded in reforming local rule because women turned a traditional sanction against colonial officials | a handful of agitators whipped the women into rioting | Thousands of women protested against colonial taxation in south-eastern Nigeria in late 1929. | Soldiers fired on protesters at Opobo in December 1929.
A Tax on Houses | imperial history | the Hut Tax War | chiefs of the Sierra Leone protectorate, frontier police and colonial officials | the protectorate of Sierra Leone | 1898 | the tax levied on every dwelling; the resistance led by Bai Bureh; the commission that blamed the tax | the tax itself provoked the war, as the colony's own commissioner concluded | the war was stirred up by missionaries' enemies and chiefs | A tax on dwellings in the Sierra Leone protectorate led to armed resistance in 1898. | A royal commissioner sent to investigate blamed the tax for the war.
The Prophecy by the River | imperial history | the Xhosa cattle-killing | Xhosa chiefs and households, a young prophet and the Cape governor | the country east of the Great Kei River | 1856 to 1857 | the prophecy that the dead would return; the slaughter of the cattle; the labour contracts that followed the famine | the cattle-killing was a desperate response to war and cattle disease rather than simple credulity | the Xhosa were simply misled by a false prophet | Following the prophecy of Nongqawuse, Xhosa people killed most of their cattle in 1856 and 1857. | Tens of thousands of Xhosa died in the famine that followed.
The Last Samurai Charge | history | the Satsuma Rebellion | former samurai, conscript soldiers and the Meiji government | the domain of Satsuma in southern Kyushu | 1877 | the end of samurai stipends; the siege of Kumamoto castle; the last stand at Shiroyama | the rebellion proved that a conscript army of commoners could defeat the samurai | the samurai lost only because they were outnumbered | Former samurai led by Saigo Takamori rose against the Meiji government in 1877. | The rebellion ended with the death of Saigo at Shiroyama in September 1877.
A Peace Without Payment | politics | the Hibiya riots | Tokyo crowds, government ministers and the police | Hibiya Park in Tokyo | 1905 | the costly victory over Russia; the peace treaty without an indemnity; the burning of police boxes | the riots showed that an urban public now expected a voice in foreign policy | the riots were the work of a few nationalist agitators | Crowds rioted in Tokyo in September 1905 against the peace treaty ending the costly victory over Russia. | The government declared martial law in Tokyo.
Fishermen's Wives in Toyama | social history | the rice riots of 1918 | fishermen's wives, rice merchants and the Japanese cabinet | the coast of Toyama and the cities of Japan | 1918 | the rising price of rice; the protests that spread from the fishing villages; the fall of the cabinet | the riots brought down the cabinet because they spread from villages to every major city | the riots were caused by speculators and ended when prices fell | Protests over the price of rice began among fishermen's wives in Toyama in the summer of 1918. | The cabinet resigned after the riots spread across Japan.
Gunboats on the Chao Phraya | imperial history | the Paknam incident | French naval officers, Siamese officials and British diplomats | the mouth of the Chao Phraya River below Bangkok | 1893 | the French claim to lands east of the Mekong; the gunboats forcing the river; the ultimatum and blockade | the crisis shows how Siam survived by giving up territory to keep its core | Siam survived because the British protected it | French gunboats forced their way past the forts at Paknam to Bangkok in July 1893. | Siam gave up its claims to lands east of the Mekong River.
A City in the Backlands | history | the Canudos War | backland settlers, a wandering preacher and the Brazilian army | the settlement of Canudos in Bahia | 1896 to 1897 | the community founded by Antonio Conselheiro; the defeats of the first expeditions; the destruction of the town | the war was fought to prove the republic's strength rather than to answer any real threat | the settlers were a monarchist danger to the republic | Brazilian troops destroyed the settlement of Canudos in the state of Bahia in October 1897. | Three earlier military expeditions against Canudos had failed.
Mutiny Against the Lash | military history | the Revolt of the Lash | Brazilian sailors, naval officers and the Congress in Rio | the battleships in Guanabara Bay | 1910 | the flogging of a sailor; the seizure of the new dreadnoughts; the amnesty and its betrayal | the mutiny succeeded because the sailors held the most powerful ships in the navy | the mutineers won only because the government wished to avoid embarrassment | Sailors on the battleship Minas Geraes mutinied against flogging in November 1910. | The mutiny was led by the sailor Joao Candido.
Needles in Rio | history of medicine | the Vaccine Revolt | Rio's poor, health inspectors and the public health director | the streets of Rio de Janeiro | 1904 | the law making smallpox vaccination compulsory; the demolitions in the old centre; the week of street fighting | the revolt was against the way the city was being rebuilt as much as against the needle | the revolt was simply superstition against science | Riots broke out in Rio de Janeiro in November 1904 against compulsory smallpox vaccination. | The campaign was directed by the public health chief Oswaldo Cruz.
Land Along the Railway | history | the Contestado War | landless settlers, holy men and the Brazilian army | the disputed forests between Parana and Santa Catarina | 1912 to 1916 | the railway land grant; the settlers' holy cities; the long campaign against them | a railway land grant that pushed settlers off their holdings lit the fuse | the war was a religious frenzy that had to be suppressed | Settlers displaced by a railway land grant fought the Brazilian army in the Contestado region from 1912. | The fighting in the Contestado lasted until 1916.
The School in Iquique | history | the Santa Maria school massacre | nitrate workers, their families and the Chilean army | the port of Iquique in northern Chile | 1907 | the strike in the nitrate fields; the workers gathered in a school; the order to fire | the massacre was an attempt to break the nitrate workers' organisation by terror | the troops fired because the strikers refused orders to disperse | Chilean soldiers fired on striking nitrate workers gathered in a school in Iquique in December 1907. | Hundreds of people were killed in and around the Santa Maria school.
Bananas at Cienaga | history | the banana massacre | plantation workers, the United Fruit Company and Colombian soldiers | the banana zone near Santa Marta | 1928 | the workers' demands for contracts; the decree that declared the strike illegal; the shooting in the town square | the massacre was carried out to protect a foreign company's business | the army acted against a revolutionary threat | Colombian troops fired on striking banana workers at Cienaga in December 1928. | The workers had been employed through contractors by the United Fruit Company.
War for the Dry Plain | military history | the Chaco War | Bolivian and Paraguayan soldiers, oil interests and diplomats | the Gran Chaco | 1932 to 1935 | the forts pushed into the wilderness; the thirst that killed more men than bullets; the peace that gave Paraguay most of the land | Paraguay won because it fought close to home while Bolivia fought at the end of long lines | oil companies caused and decided the war | Bolivia and Paraguay fought over the Gran Chaco from 1932 to 1935. | Paraguay won most of the disputed territory.
Students at the Bedside | history of medicine | the Copenhagen polio epidemic of 1952 | polio patients, an anaesthetist and hundreds of medical students | the Blegdam hospital in Copenhagen | 1952 | the patients dying from paralysed breathing; the tube and bag that replaced the iron lung; the students who squeezed the bags by hand | the epidemic created intensive care because the answer had to be organised as well as invented | the breakthrough was simply the idea of a single brilliant doctor | A polio epidemic in Copenhagen in 1952 left many patients unable to breathe. | Medical students ventilated patients by hand for weeks.
Live Virus in the Vials | history of medicine | the Cutter incident | vaccine makers, federal regulators and the parents of vaccinated children | the laboratories of Berkeley and the towns of the American West | 1955 | the rush to make vaccine; the batches that contained live virus; the new system of federal control | the incident happened because regulators trusted makers to follow a recipe | the disaster was an unavoidable risk of a new vaccine | Some batches of polio vaccine made by Cutter Laboratories in 1955 contained live virus. | Thousands of children were infected and some were paralysed.
A Tin of Corned Beef | history of medicine | the Aberdeen typhoid outbreak | shoppers, public health officers and meat canners | the city of Aberdeen | 1964 | the tin cooled in untreated river water; the meat slicer in a city supermarket; the medical officer's press conferences | the outbreak was contained because the medical officer told the public everything | the outbreak was a local accident that says nothing about food safety | Typhoid broke out in Aberdeen in May 1964. | The source was a tin of corned beef sliced in a city supermarket.
A Well at Addington | history of medicine | the Croydon typhoid outbreak | water engineers, a carrier among the workmen and the people of Croydon | the borough of Croydon | 1937 | the repair work at the Addington well; the water supplied without treatment; the inquiry into the council | the outbreak was caused by a council that ignored its own engineers | the outbreak was a simple accident | Typhoid spread through the water supply of Croydon in late 1937. | The infection was traced to a workman at the Addington well.
A Canal to the Sea | history of technology | the Manchester Ship Canal | Manchester merchants, Liverpool shipowners and navvies | the country between the Mersey estuary and Manchester | 1882 to 1894 | the charges of the port of Liverpool; the battle for the act of Parliament; the cost that nearly ruined the company | the canal was built to escape Liverpool's dues rather than to make money | the canal was a great commercial success from the start | The Manchester Ship Canal opened to traffic on the first day of 1894. | The canal made Manchester an inland port.
A Tube Under the Thames | history of technology | the Tower Subway | engineers, investors and foot passengers | the river bed near the Tower of London | 1869 to 1898 | the tunnelling shield; the cable-hauled carriage; the penny footway that replaced it | the subway proved a method of tunnelling even though it failed as a business | the subway was a useless novelty | The Tower Subway under the Thames opened in 1870 with a carriage pulled by a cable. | The carriage was soon withdrawn and the tunnel became a footway.
Mailbags Blown Through Tunnels | history of technology | the Pneumatic Despatch Company | engineers, Post Office officials and investors | the tunnels between Euston and Holborn | 1859 to 1874 | the cars driven by air pressure; the passengers who rode for the novelty; the Post Office's refusal to use it | the railway failed because the Post Office saw no saving in it | the scheme failed because the technology did not work | The Pneumatic Despatch Company carried mail bags through tunnels in London by air pressure from 1863. | The Pneumatic Despatch line closed in 1874.
A Policeman Holds the Crowd | sport | the White Horse Final | Bolton and West Ham players, a mounted policeman and a vast crowd | the new stadium at Wembley | 1923 | the crowds who broke in; the police horse that cleared the pitch; the ticket system that followed | the final showed that the new stadium had been planned for spectacle, not safety | the crowd was cleared by one policeman's courage alone | The first Cup Final at Wembley in April 1923 drew a crowd far larger than the stadium could hold. | Mounted police cleared the pitch before the match could begin.
Trains in the Tour | sport | the Tour de France of 1904 | cyclists, race officials and roadside supporters | the stage routes across France | 1904 | the riders who took trains; the nails thrown on the road; the disqualification of the top four | the cheating nearly ended the race because the organisers could not control the roads | crowds loved the race too much to let it die | Maurice Garin crossed the finishing line first in the Tour de France of 1904. | He and the next three riders were later disqualified.
The Grandstand at Le Mans | sport | the Le Mans disaster | racing drivers, spectators and the race organisers | the pits straight at Le Mans | 1955 | the collision in front of the pits; the car that flew into the crowd; the decision to continue the race | the circuit had been laid out for far slower cars | one driver's misjudgement caused the whole catastrophe | A crash during the Le Mans race in June 1955 killed the driver Pierre Levegh and more than eighty spectators. | The organisers let the Le Mans race run on to its finish after the crash.
A Rope Over the Gorge | sport | Blondin's crossings of the Niagara gorge | a French acrobat, his manager and paying crowds | the gorge below Niagara Falls | 1859 to 1860 | the rope stretched across the gorge; the ever more dangerous stunts; the crowds brought by special trains | the crossings were business ventures as much as feats of daring | the stunts were pure daring | The acrobat Charles Blondin first walked a tightrope across the Niagara gorge in June 1859. | He later crossed carrying his manager on his back.
A Barrel Over the Falls | sport | Annie Edson Taylor's barrel ride | a schoolteacher, her manager and the press | Horseshoe Falls at Niagara | 1901 | the barrel built for the stunt; the plunge over the falls; the fortune that never came | the ride shows how little daring was worth once the newspapers moved on | the stunt made her a celebrity | A schoolteacher named Annie Edson Taylor went over the Niagara Falls in a barrel in October 1901. | She survived the fall but died poor.
Standing Fast at Danger Point | maritime history | the wreck of the Birkenhead | soldiers, their officers and the women and children aboard | Danger Point on the coast of South Africa | 1852 | the troopship struck on a rock; the order to stand fast; the boats that saved the women and children | the story became a legend because it flattered the army at a time it needed praise | the soldiers stood fast because discipline was absolute | The troopship Birkenhead struck a rock off Danger Point in South Africa in February 1852. | The soldiers stood in ranks on deck while the women and children were put into the boats.
Compass Wrong on an Iron Ship | maritime history | the wreck of the Tayleur | emigrants, a young crew and the ship's owners | the rocks of Lambay Island off Dublin | 1854 | the new iron hull; the compass that no one had corrected; the crew who could not understand orders | the wreck was caused by an iron ship's compass that nobody had corrected | the crew was to blame | The emigrant ship Tayleur ran onto Lambay Island in January 1854 on her first voyage. | Her compasses had not been properly adjusted for her iron hull.
Gold in the Gale | maritime history | the wreck of the Royal Charter | gold miners returning from Australia, the crew and villagers of Moelfre | the coast of Anglesey | 1859 | the voyage home with gold aboard; the hurricane on the Welsh coast; the storm warnings that followed | the loss led to the first public storm warnings because it showed that a gale could be forecast | the wreck was simply bad luck in a freak storm | The steam clipper Royal Charter was wrecked on Anglesey in October 1859. | The disaster led Robert FitzRoy to begin issuing storm warnings.
Squall Off the Isle of Wight | maritime history | the loss of HMS Eurydice | young sailors, officers and the watchers on the cliffs | the sea off Dunnose Point | 1878 | the training ship under full sail; the sudden squall; the two survivors | the ship was lost because it carried full sail close to land in doubtful weather | the squall was impossible to foresee | The training ship HMS Eurydice capsized in a sudden snow squall off Ventnor in March 1878. | Only two of the Eurydice's crew survived.
An Order Too Close | maritime history | the sinking of HMS Victoria | an admiral, his captains and the crews of the Mediterranean fleet | the sea off Tripoli in Lebanon | 1893 | the signal to turn in two columns; the ram that struck the flagship; the court martial that followed | the collision happened because no officer dared to question an admiral's plain mistake | the disaster was one man's error | The battleship Victoria sank after a collision with HMS Camperdown off Tripoli in June 1893. | The fleet's admiral, George Tryon, went down with his ship.
No Trace of the Waratah | maritime history | the disappearance of the Waratah | passengers, the owners and searchers | the sea off the coast of South Africa | 1909 | the doubts about her stability; the last sighting off Durban; the inquiry without a wreck | the ship was lost because she was unstable in heavy seas | the ship vanished for reasons that cannot be known | The liner Waratah disappeared off the coast of South Africa in July 1909. | No trace of the Waratah was ever found.
A Shaft Broken at Sea | maritime history | the sinking of the Principessa Mafalda | emigrants, the crew and the ships that came to help | the sea off the coast of Brazil | 1927 | the ageing liner; the broken propeller shaft; the rescue by nearby ships | the ship was lost because she was kept in service long after she should have been retired | a sudden mechanical failure sank her and no one could have foreseen it | The Italian liner Principessa Mafalda sank off Brazil in October 1927. | A propeller shaft broke and tore open the hull.
Fire off New Jersey | maritime history | the burning of the Morro Castle | cruise passengers, the crew and the coast guard | the sea off the coast of New Jersey | 1934 | the captain who died the night before; the fire in a writing room; the crew who abandoned the passengers | the fire became a disaster because the crew was not trained to fight it | the fire was deliberately set | The liner Morro Castle caught fire off New Jersey in September 1934. | Her captain had died the evening before.
The Bow Visor | maritime history | the sinking of the Estonia | passengers, the crew and the investigators | the Baltic Sea south of Finland | 1994 | the bow visor torn off in a storm; the water pouring onto the car deck; the disputed investigation | the ferry sank because of a design that let water onto the car deck | the ship was sunk by something other than the storm | The ferry Estonia sank in the Baltic Sea in September 1994. | More than eight hundred people died in the sinking of the Estonia.
A Ferry at Christmas | maritime history | the sinking of the Dona Paz | passengers, the crew and the coast guard | the Tablas Strait in the Philippines | 1987 | the overcrowded ferry; the collision with a tanker; the fire that spread across the water | the toll was so high because the ferry carried far more people than its passenger list | the disaster was a freak accident | The ferry Dona Paz collided with a tanker in the Philippines in December 1987. | Estimates of the dead on the Dona Paz run above four thousand.
The Captain Who Stayed | maritime history | the Flying Enterprise | a Danish captain, a mate from a tug and the press | the Atlantic off Cornwall | 1951 to 1952 | the cargo ship that cracked in a storm; the captain who stayed alone aboard; the tow that failed | the captain became a hero because the newspapers needed a story of courage | the captain stayed aboard to protect the salvage rights | The cargo ship Flying Enterprise was damaged in a storm in the Atlantic in December 1951. | Her captain stayed aboard alone for days until she sank in January 1952.
Fire on a Christmas Cruise | maritime history | the loss of the Lakonia | holiday passengers, a Greek crew and rescuers | the Atlantic north of Madeira | 1963 | the old liner refitted for cruises; the fire in a barber's shop; the lifeboats that could not be launched | the fire became a disaster because the ship's crew had never drilled | a careless spark would have done the same on any ship | The cruise ship Lakonia caught fire north of Madeira in December 1963. | The Lakonia fire cost 128 lives.
A Sailing Ship in a Hurricane | maritime history | the loss of the Pamir | cadets, officers and the ship's owners | the Atlantic near the Azores | 1957 | the four-masted barque used for training; the hurricane; the cargo of barley that shifted | the ship was lost because her cargo was badly stowed | the hurricane made the loss inevitable | The German sail training ship Pamir sank in a hurricane in the Atlantic in September 1957. | Only six of the Pamir's crew survived.
Five Masts and No Word | maritime history | the disappearance of the Kobenhavn | cadets, officers and the Danish public | the South Atlantic | 1928 | the last message; the search that found nothing; the rumours that followed | the loss of the ship shows the limits of radio at sea | the ship's fate will never be known | The Danish training ship Kobenhavn sailed from Buenos Aires in December 1928 and was never seen again. | She was then the largest sailing ship in the world.
On the Manacles | maritime history | the wreck of the Mohegan | passengers, the crew and the lifeboatmen of Porthoustock | the Manacle rocks off Cornwall | 1898 | the course set too far north; the rocks at dusk; the lifeboat rescue | the course error was never explained because the officers who knew it all died | the crew was at fault | The liner Mohegan struck the Manacle rocks off Cornwall in October 1898. | More than a hundred people died within sight of the Porthoustock shore.
Stall After Takeoff | history of technology | the Staines air disaster | pilots, the crew and air safety investigators | a field near Staines | 1972 | the argument in the crew room; the flaps raised too early; the inquiry into cockpit practices | the crash showed that cockpit habits were as important as the aircraft | a sick captain alone brought the aircraft down | A British European Airways Trident crashed near Staines in June 1972. | All 118 people on board the Trident died.
The Cargo Door | history of technology | the Ermenonville crash | passengers, the airline and the aircraft manufacturer | a forest near Ermenonville | 1974 | the cargo door that failed; the earlier warning ignored; the design changes | the crash happened because a known fault was not properly fixed | one baggage handler's carelessness caused the crash | A Turkish Airlines DC-10 crashed near Paris in March 1974 after a cargo door blew out. | A similar cargo door failure over Windsor in Ontario had been survived two years earlier.
Kilograms and Pounds | history of technology | the Gimli Glider | two pilots, ground staff and the people at a racing circuit | a former air force base at Gimli in Manitoba | 1983 | the switch to metric units; the fuel calculated in the wrong units; the glide to a disused runway | the incident shows how a change of units can defeat every check | the incident was caused by one crew's error | An Air Canada Boeing 767 ran out of fuel in flight in July 1983. | The pilots glided it to a landing at a former air base at Gimli.
Fire in the Bonded Warehouse | social history | the Cheapside Street whisky bond fire | firemen, warehouse staff and the city of Glasgow | a whisky warehouse in Glasgow | 1960 | the fire in the bonded warehouse; the explosion of the whisky casks; the firemen killed by the falling wall | the fire killed so many because the risks of the warehouse were not understood | firemen must accept such deaths as part of their trade | A whisky bond in Cheapside Street in Glasgow caught fire in March 1960. | Nineteen firemen and salvage men died.
A Transformer on the Crossing | history of technology | the Hixon rail crash | a train crew, a lorry crew and railway planners | a level crossing at Hixon in Staffordshire | 1968 | the automatic half-barriers; the transformer moving slowly over the crossing; the inquiry that followed | the crash happened because no one had warned road users about the new barriers | the lorry driver was to blame | An express train struck a lorry carrying a transformer at a level crossing at Hixon in January 1968. | Eleven people died in the Hixon collision.
Snow Above the Cottages | environmental history | the Lewes avalanche | cottagers, rescuers and the people of Lewes | a row of cottages under the chalk cliff at Lewes | 1836 | the snow drift on the cliff; the warnings ignored; the rescue | the avalanche killed because the cottagers would not leave their homes | the avalanche was impossible to predict | An avalanche fell on cottages at Lewes in December 1836. | Eight people were killed beneath the Lewes cliff.
Sand Over the Barony | environmental history | the Culbin Sands | landowners, tenants and the Scottish Parliament | the coast of Moray | 1694 to 1695 | the cutting of marram grass; the sandstorm that buried the farms; the act forbidding the pulling of marram | people made the sandstorm worse by pulling up the marram that held the dunes | the sandstorm was a natural disaster | A sandstorm buried the Culbin estate in Moray in 1694. | An act of the Scottish Parliament in 1695 forbade the pulling of marram grass.
The Dam Above the Town | history of technology | the Malpasset dam failure | engineers, the people of the town and the authorities | the Reyran valley above the town | 1959 | the thin arch dam; the rain that filled it; the geology that failed | the dam failed because the rock beneath it had not been properly studied | the dam failed because of the rain | The Malpasset dam in the south of France failed in December 1959. | The water reached Frejus within minutes and more than four hundred people died.
A Secret Explosion | history of technology | the Kyshtym disaster | plutonium workers, villagers and Soviet officials | the Mayak plant in the southern Urals | 1957 | the tank that exploded; the evacuation of villages; the secrecy that lasted decades | the disaster was kept secret because the Soviet nuclear programme mattered more than the villagers | the disaster was a simple accident | A tank of radioactive waste exploded at the Mayak plant in the Soviet Union in September 1957. | The Soviet authorities kept the Kyshtym disaster secret for decades.
Three Men and a Reactor | history of technology | the SL-1 accident | army technicians, engineers and the investigators | a test reactor in Idaho | 1961 | the control rod pulled by hand; the explosion; the new safety rules | the accident changed reactor design because it showed one rod should never control a reactor | the accident was caused by one man's mistake | A small army reactor known as SL-1 exploded in Idaho in January 1961. | All three men on duty at SL-1 were killed.
Riots in Kowloon | politics | the Hong Kong riots of 1967 | leftist unions, the colonial police and the people of Hong Kong | the streets of Hong Kong and Kowloon | 1967 | the strike at the artificial flower factory; the bombs left in the streets; the reforms that followed | the riots led to reforms because the colonial government understood it had lost touch | the riots were defeated by the police alone | Riots broke out in Hong Kong in May 1967 after a labour dispute at a factory. | Over the following months hundreds of bombs, real and fake, were left in public places.
A Custody Case in Singapore | politics | the Maria Hertogh riots | a Dutch family, a Malay foster mother and the colonial courts | the city of Singapore | 1950 | the custody case; the marriage declared invalid; the riots outside the court | the riots happened because a custody case was made into a question of faith | the riots were stirred up by agitators | Riots broke out in Singapore in December 1950 over the custody of a girl named Maria Hertogh. | Eighteen people died in the Hertogh disturbances.
Martial Law in Ceylon | imperial history | the Ceylon riots of 1915 | Sinhalese villagers, Muslim traders and colonial officials | the towns of Ceylon | 1915 | the procession at Gampola; the riots that spread; the courts martial under emergency rule | the riots were made worse by the colonial government's reaction | the riots were a plot against British rule | Riots broke out in Ceylon in May 1915. | The government of Ceylon declared martial law and arrested many Sinhalese leaders.
The Guns of Kagoshima | imperial history | the bombardment of Kagoshima | British naval officers, Satsuma samurai and merchants | the port of Kagoshima | 1862 to 1863 | the killing of a British merchant on the road; the demand for compensation; the bombardment | the bombardment made Satsuma an ally of Britain rather than an enemy | the bombardment taught Satsuma a lesson | A British squadron bombarded Kagoshima in August 1863. | The attack followed the killing of a British merchant by Satsuma samurai.
White Feathers at Parihaka | imperial history | the invasion of Parihaka | Maori villagers, their prophets and colonial troops | the village of Parihaka in Taranaki | 1879 to 1881 | the fences and ploughs across confiscated land; the children who greeted the troops; the arrest of the prophets | the invasion was an attack on peaceful protest rather than any rebellion | the colony acted to restore order | Colonial troops entered the village of Parihaka in November 1881. | The prophets Te Whiti and Tohu were arrested.
The Hanging After Myall Creek | imperial history | the Myall Creek massacre | stockmen, Aboriginal people and colonial judges | a station in New South Wales | 1838 | the killing of Aboriginal people at the station; the two trials; the hanging of seven men | the trial was unusual because the colonial government was willing to punish white men | the trial changed nothing | Stockmen killed a group of Aboriginal people at Myall Creek on the Gwydir in June 1838. | Seven of the Myall Creek killers were hanged at Sydney.
A Governor Deposed | imperial history | the Rum Rebellion | a governor, officers of the New South Wales Corps and a wool merchant | the colony of New South Wales | 1808 | the governor's quarrel with the merchant; the march on Government House; the years of military rule | the rebellion was a struggle over trade rather than over rum | the rebellion was a mutiny against a tyrant | Officers of the New South Wales Corps deposed Governor William Bligh in January 1808. | The merchant John Macarthur was one of the leaders of the rebellion.
The Picnic Train | military history | the Battle of Broken Hill | two armed men, the picnickers on an open train and the local police | the mining town of Broken Hill | 1915 | the attack on the train on the way to the picnic; the shootout on a rocky outcrop; the burning of a German club that night | the attack was a private grievance that the war turned into a national panic | the attack was a planned act of enemy warfare | Two armed men fired on a train of picnickers near Broken Hill on the first day of 1915. | Four people were killed before police shot the attackers.
Mutiny on the Cocos Islands | military history | the Cocos Islands mutiny | Ceylonese gunners, their British officers and the court martial | the guns on Horsburgh Island | 1942 | the garrison cut off from home; the officers' contempt for the gunners; the executions after the court martial | the mutiny grew from the way the gunners were treated rather than from enemy propaganda | the mutiny was the work of traitors inspired by the enemy | Soldiers of the Ceylon Garrison Artillery mutinied on the Cocos Islands in May 1942. | The courts martial sent three gunners to the gallows in Ceylon.
Sit-Down on the Beach | military history | the Salerno mutiny | veterans of the desert war, young staff officers and the army's commanders | a transit camp near Salerno | 1943 | the men drafted to strange units; the refusal on the beach; the court martial and suspended sentences | the mutiny was caused by broken promises about returning to the men's own units | the mutiny was plain cowardice | Several hundred British soldiers refused to join new units at Salerno in September 1943. | The men had been told they would rejoin their old divisions.
The Fleet Refuses | military history | the Kiel mutiny | stokers and seamen of the High Seas Fleet, their officers and the dockyard workers | the naval port of Kiel | 1918 | the admirals' plan for a last sortie; the arrest of the first refusers; the councils of sailors and workers that spread inland | the mutiny brought down the empire because the admirals tried to fight a battle the government had not approved | the mutiny was planned in advance by revolutionaries | German sailors at Kiel refused to put to sea and took over the port in early November 1918. | Within days councils of sailors and workers had formed in many German cities.
Red Flags at Cattaro | military history | the Cattaro mutiny | hungry sailors of the Austro-Hungarian navy, their officers and the loyal ships sent against them | the naval base in the Bay of Kotor | 1918 | the short rations and long idleness of the fleet; the red flags hoisted on the cruiser Sankt Georg; the courts martial and the four executions | the mutiny grew out of hunger and boredom far more than out of revolutionary politics | the mutiny was organised by revolutionaries from outside the fleet | Sailors of the Austro-Hungarian fleet in the Bay of Kotor mutinied in February 1918. | Four sailors were shot after the mutiny collapsed.
Two Wrecks, One Island | maritime history | the wrecks of the Grafton and the Invercauld | two shipwrecked crews, their captains and the sealers who found them | the cliffs and scrub of the Auckland Islands | 1864 to 1865 | the two wrecks on opposite shores of the same island; the captain who kept his men working together; the small boat rebuilt from the wreck | the two crews met such different fates because one was led as a team and the other broke apart | the crews lived or died by the luck of where each came ashore | Two ships were wrecked on opposite ends of the Auckland Islands in 1864, and neither crew knew of the other. | All five men of the Grafton survived, while only three of the Invercauld's crew lived to be rescued.
Convicts at Castle Hill | imperial history | the Castle Hill convict rising | Irish convicts, the New South Wales Corps and the colonial governor | the government farm at Castle Hill near Parramatta | 1804 | the rising planned by Irish political prisoners; the night march towards Parramatta; the parley and the volley at Rouse Hill | the rising was an Irish rebellion carried across the world rather than a simple breakout | the rising was a convict mob with no political aims | Several hundred convicts, many of them transported Irish rebels, rose at Castle Hill outside Sydney in March 1804. | Soldiers scattered the rebels at a spot the colonists later named Vinegar Hill.
Flying to Manchester | history of technology | the London to Manchester air race | two aviators, a press baron and spectators lining the tracks | the route from London to Manchester | 1910 | the prize of ten thousand pounds; the night flight that won the race; the crowds who followed by train | the race made flying popular because a newspaper turned it into a national drama | the race proved nothing about aviation that was not known already | The Daily Mail offered a prize for the first flight from London to Manchester with no more than two stops. | The Frenchman Louis Paulhan won it in April 1910 ahead of Claude Grahame-White.
The Race Stopped at Bordeaux | sport | the Paris to Madrid race | drivers, spectators and the French government | the roads from Paris to Bordeaux | 1903 | the cars on open roads; the crowds on the road; the race stopped | the race was stopped because open roads could not be made safe | reckless drivers and nobody else killed those spectators | The Paris to Madrid motor race in May 1903 was stopped at Bordeaux. | Several drivers and spectators had been killed on the road to Bordeaux.
A Prince in a Car | sport | the Peking to Paris motor race | an Italian prince, his chauffeur and a travelling journalist | the route from Peking across the Gobi to Paris | 1907 | the challenge printed by a Paris newspaper; the car hauled over mountains by teams of men; the arrival in Paris weeks ahead of the rest | the race was won by organisation and money rather than by the cars themselves | the race simply proved that the motor car could go anywhere | Prince Scipione Borghese won the Peking to Paris motor race in August 1907. | His car was an Itala, driven much of the way by his chauffeur Ettore Guizzardi.
The First Indianapolis Race | sport | the first Indianapolis 500 | drivers, riding mechanics and the speedway's owners | the brick speedway at Indianapolis | 1911 | the track paved with bricks; the mirror fitted instead of a mechanic; the disputed lap scoring | the result was decided by scoring in chaos as much as by driving | the fastest driver won cleanly | The first Indianapolis 500 was run in May 1911. | Ray Harroun won it in a car fitted with a rear-view mirror instead of a riding mechanic.
The Race to the Sky | architecture | the race between the Chrysler Building and the Bank of Manhattan | two rival architects, their developers and the New York press | the skyline of Manhattan | 1929 to 1930 | the rival claims to the world's tallest building; the spire built in secret inside the crown; the Empire State Building that overtook them both | the race was won by concealment rather than by engineering | the Chrysler Building won simply because its design was taller from the start | The Chrysler Building in New York briefly became the tallest building in the world in 1930. | Its spire was assembled inside the building and raised into place in about ninety minutes.
Cathedral of Commerce | architecture | the Woolworth Building | a dime-store millionaire, his architect Cass Gilbert and New York's office tenants | the skyscrapers of lower Manhattan | 1910 to 1913 | the tower paid for without borrowing; the Gothic ornament on a steel frame; the opening lit by the president from Washington | the tower was built above all as an advertisement for a chain of cheap shops | the building was a work of architecture that had nothing to do with selling | The Woolworth Building in New York opened in April 1913 as the tallest building in the world. | Frank Woolworth paid for it in cash.
An Atom in Brussels | architecture | the Atomium | Belgian engineers, the planners of Expo 58 and millions of visitors | the Heysel plateau in Brussels | 1958 | the giant model of an iron crystal; the optimism about atomic energy at the fair; the vote to leave the spheres standing | the Atomium survived because it became a symbol of the city rather than of atomic science | the Atomium was kept only because demolition would have cost too much | The Atomium went up as the centrepiece of Expo 58 in Brussels. | It was meant to stand for only six months.
Empire at Wembley | social history | the British Empire Exhibition | colonial exhibitors, schoolchildren on outings and the exhibition's guarantors | the exhibition grounds at Wembley | 1924 to 1925 | the pavilions built for each colony; the crowds that fell short of hopes; the debts left for the guarantors | the exhibition taught visitors a picture of empire that was already out of date | the exhibition was a confident success for its organisers | The British Empire Exhibition opened at Wembley in April 1924. | The exhibition ran for a second season in 1925 to try to cover its losses.
The Fair in St Louis | social history | the Louisiana Purchase Exposition | exhibitors, anthropologists and paying visitors | the fairground in Forest Park at St Louis | 1904 | the palaces of industry; the living displays of peoples from the Philippines; the Olympic Games squeezed into the fair | the fair's human displays were built to justify an overseas empire | the fair was simply a celebration of progress | The Louisiana Purchase Exposition opened its gates at St Louis in April 1904. | The Olympic Games were held as part of the fair.
"""

SCHOLARS = ["Prosser", "Vaughan", "Gwilliam", "Bevan", "Pugh", "Meredith", "Probert", "Gwynne", "Watkin", "Bowen",
            "Rowlands", "Maddocks", "Cadwallader", "Llewellin", "Pritchard", "Tudor", "Mostyn", "Nanney", "Wynne",
            "Prydderch", "Eynon", "Lougher", "Parry", "Griffith"]

OPENING = [
    "People who have heard of {x} at all usually know one neat fact about it and little else.",
    "Textbooks dispose of {x} in one confident line and move on.",
    "Ask about {x} and you tend to get a verdict rather than a story.",
    "{X} has been turned into a cautionary tale so often that the details have worn away.",
    "Writers on {x} have mostly agreed with each other, which should make us suspicious.",
    "Quoted constantly and studied rarely: that is the fate of {x}.",
    "{X} looks simple from a distance and messy close up.",
    "Account after account of {x} races to one moral.",
    "The standard picture of {x} was fixed early and has hardly moved since.",
    "There is a tidy way of telling {x}, and it leaves out most of what mattered.",
    "{X} sits in the history books as a settled case.",
    "One might suppose {x} was exhausted as a subject long ago.",
]
FRAME = [
    "Much of what follows draws on material from {setting}.",
    "Those at the centre of it were {people}.",
    "The period in view ({period}) is short and crowded.",
    "Where the sources run thin, I say so.",
    "Chronology does much of the explaining here.",
    "A few of my conclusions are tentative.",
]
ROADMAP = [
    "The essay starts with {s1}, moves to {s2}, and ends with the objections.",
    "My plan is to set the familiar claim against the documents, one piece at a time.",
    "For the most part the argument follows the calendar.",
    "I give {s1} more room than most accounts allow it.",
    "Towards the end I take on the strongest reply I can find.",
]
QUESTION_LEAD = [
    "Behind the detail lies one question: {question}",
    "Stripped down, the problem is this: {question}",
    "It helps to begin with a plain question: {question}",
    "Every part of the argument returns to one question: {question}",
]
QUESTIONS = ["whose interests did {x} serve best?", "how free were {people} to act otherwise?",
             "why has the short version of {x} survived so well?", "what would {setting} look like today without {x}?"]
CLAIM_THESIS = [
    "What I argue here is that {thesis}.",
    "Over the next pages I hope to establish that {thesis}.",
    "Weighing the evidence, I conclude that {thesis}.",
    "Briefly put, my view is that {thesis}.",
    "Taking {s1}, {s2} and {s3} one after another, I argue that {thesis}.",
    "A more convincing reading, in my view, is that {thesis}.",
    "These paragraphs argue that {thesis}.",
    "The claim I want to defend is that {thesis}.",
]
CONTEXT = [
    "Before the argument, the stage.",
    "It was a restless period.",
    "{People} could not afford many mistakes.",
    "None of the participants could have foreseen the retellings.",
    "Old arrangements were breaking down, some faster than others.",
    "Several early reports came from men protecting their own reputations.",
    "{Scholar} traces the causes back a good many years.",
    "Much of the record that survives was produced in {setting}.",
    "We know where and when; we are less sure of why.",
    "The system in place had grown up piecemeal over many years.",
    "Events outpaced every official timetable.",
    "Contemporaries stood too near to make out the pattern.",
]
NAMING = [
    "The words we use need some care.",
    "Several of the usual names for {x} came later.",
    "{People} used terms for themselves that now sound strange.",
    "I use modern labels for convenience only.",
    "Even the name {x} takes a side.",
    "Whatever word one picks, it leans.",
]
RECORD = [
    "The sources come in three broad kinds.",
    "Records from {setting} note decisions but seldom reasons.",
    "The letters of {people} are lively, though every writer had a reader in mind.",
    "The press reported {x} fast and often loosely.",
    "Reminiscences set down in old age colour everything and prove little.",
    "Pictures and objects give a useful check on the written accounts.",
]
CAST = [
    "It helps to say who was involved.",
    "{People} did not all want the same thing.",
    "Some of them left their own accounts; most did not.",
    "{Scholar} wants the walk-on parts given equal billing with the stars.",
    "Decisions made far off fenced in what any of them could do.",
]
STRAND_IN = [
    "Consider {s}.",
    "The paper trail runs thickest around {s}.",
    "Rarely discussed, yet central, is {s}.",
    "No fair account can skip {s}.",
    "Too little attention has been paid to {s}.",
    "Next in line is {s}.",
    "Much depends on {s}.",
    "The records are fullest on {s}.",
    "I want to dwell for a while on {s}.",
    "Running alongside all this is {s}.",
]
POINT = [
    "Looking back, {s} seems far tidier than it can have felt to anyone living through it.",
    "Of those swept up in {s}, almost none put pen to paper.",
    "Put the dated records from {setting} in order and {s} becomes easier to follow than the usual narrative suggests.",
    "Behind {s}, cash counted for more than conviction.",
    "The official record gives {s} no more than a sentence or two.",
    "Whoever bore the brunt of {s} is now the hardest person to find in the files.",
    "Control of {s} brought influence over a great deal else.",
    "{Scholar} makes {s} the turning point, and I think correctly.",
    "Some versions blow {s} up well beyond what the documents support.",
    "{People} argued bitterly over {s}.",
    "Every paper touching {s} was written by somebody with a stake in it.",
    "Walked through step by step, {s} loses its air of mystery.",
    "Beneath {s} sat heaps of humdrum labour that rarely earns a footnote.",
    "For {people}, {s} meant first and foremost a practical headache.",
    "No one designed {s}; it built up gradually.",
    "When {s} happened did much to decide what it meant.",
]
NUMBERS = [
    "Across {num} cases, {Scholar} ({year}) ties {s} to roughly {pct} of each hundred outcomes traced.",
    "Among the {num} documents {Scholar} examined, roughly {pct} per hundred refer to {s}.",
    "{Scholar} ({year}) assigns {s} a share of about {pct} per cent in how matters ended.",
    "Of the {num} files {Scholar} combed in {year}, scarcely one is silent on {s}.",
    "{Scholar} ({year}) lists {num} similar episodes and finds {s} at work in almost every one.",
    "{Scholar} concedes that the figures are patchy, but on {s} they point the same way.",
    "By the reckoning of {Scholar} ({year}), {s} explains nearly {pct} in a hundred of the later changes.",
    "{Scholar} thinks older studies of {s} relied on the wrong files.",
]
CASES = [
    "{Scholar} follows the events through the experience of a single household.",
    "In {setting}, {people} coped with {s} almost unaided.",
    "Much the same occurred a long way from {setting}.",
    "These examples are representative, and counter-examples are rare.",
    "The pattern holds across the whole period ({period}).",
    "When {people} told the story themselves, this is what they stressed.",
    "Further cases would be easy to add.",
]
LINK_BACK = [
    "Shrunk to one case, my argument reads: {thesis}.",
    "A single case settles nothing, yet this one rubs awkwardly against the familiar telling.",
    "In other words, {s} has to be near the middle of any explanation.",
    "This is a further reason to think that {thesis}.",
    "On paper the gap looks small; to those who lived through it, it was not.",
    "It is worth holding on to this when we reach the objection.",
    "Any serious conclusion has to reckon with {s}.",
]
PIVOT = ["Then {s} altered everything.", "Next came {s}.", "{S} then pushed matters onto new ground.",
         "What followed turned on {s}."]
CITE_LEAD = [
    "{Scholar} brings {setting} to life in a few lines:",
    "Decades afterwards, a witness from {setting} remembered it this way:",
    "At a {year} conference on {x}, one speaker put it like this:",
    "{Scholar} is blunt about {s}:",
    "{Scholar} writes most sharply about {s}:",
]
CITED = [
    "Examined closely, the familiar account of {x} does not hold together.",
    "Nobody at the time saw {s} as history in the making; it was simply work to be done.",
    "Memory makes {x} a single moment, while the records show a slow process.",
    "Once the ledgers behind {s} are opened, the puzzle shrinks to almost nothing.",
    "{X} was lived once and retold a thousand times, and the retellings won.",
    "The papers on {s} are dull, and that is exactly what makes them revealing.",
]
CITE_AFTER = [
    "The sentence is suspiciously well turned, but it is right.",
    "One witness, admittedly, yet a witness who was in a position to know.",
    "Saying so won the speaker nothing, which makes it easier to trust.",
    "Hindsight may colour it, yet the point survives.",
]
CITE_AFTER2 = [
    "{People} give much the same picture in other places.",
    "So {s} was hardly a secret in its own day.",
    "Whether it held true outside {setting} is still unclear.",
    "Chiefly it lights up {s}.",
    "It does not sit comfortably with the textbook account of {x}.",
]
LIST_INTRO = [
    "Wherever {x} turned out better, certain conditions were met:",
    "Whenever {people} got it right, the same ingredients turn up:",
    "A better outcome in {setting} would have needed:",
    "The few happy endings in {setting} had things in common:",
]
LIST_POINT = [
    "people who understood {s} from the outset",
    "genuine consultation with {people} over {s}",
    "a quick reaction once {s} started to go wrong",
    "outside scrutiny of {s}",
    "a small pilot run of {s}",
    "an honest account of what {s} would cost",
]
LIST_EXTRA = ["a budget for {x} that did not vanish each spring", "a named official empowered to stop {x} outright",
              "records of {x} kept after their authors had moved on", "a calendar fixed in advance for looking at {x} afresh"]
COMPARE = [
    "Placed beside similar episodes, {x} looks less unusual.",
    "Other places under similar pressure came out somewhere quite different.",
    "Asking {people} early tended to take the heat out of quarrels.",
    "Parallels fail us here, since {s2} had no real twin.",
    "The result in {setting} was never inevitable.",
    "Patience towards opponents generally paid off better than speed.",
]
COUNTERFACT = [
    "Imagine that {s2} had gone another way.",
    "Guesswork of this sort settles no argument; it does reveal the load-bearing walls.",
    "Remove {s1}, and it becomes very hard to say what would have happened in {setting}.",
    "{People} would have stood before a different menu of choices.",
    "Followed through, the thought experiment makes the outcome look far from certain.",
]
LEGACY = [
    "The events ended; their effects went on.",
    "In {setting}, the memory of {x} influenced decisions for a generation.",
    "{People} handed down their own version of what had happened.",
    "Later inquiries kept returning to {s3}.",
    "Every anniversary of {x} brings a fresh retelling, a little different from the last.",
    "Some of the lessons drawn from {x} were the wrong ones.",
]
DOUBT = [
    "Against all this, someone will say that {rival}.",
    "The toughest competing reading holds that {rival}.",
    "A common response runs that {rival}.",
    "One could fairly argue that {rival}.",
    "Here and there the documents seem to bear out the claim that {rival}.",
]
DOUBT_MORE = [
    "{People} would likely have said as much themselves.",
    "Serious scholars hold it, and it earns a careful answer.",
    "{Scholar2} ({year2}) argues the point in detail.",
    "The objection carries weight, since every decision about {x} hurt somebody.",
]
ANSWER = [
    "Still, the records from {setting} point the other way.",
    "It does not account for {s2}.",
    "It also quietly assumes its own conclusion.",
    "It only works if {x} was a good deal plainer than the files reveal.",
    "If it were true, each place would have had the same experience.",
    "There was a cost, certainly; showing that it settled the matter is another thing.",
]
CLOSE_FIRST = [
    "To sum up, {thesis}.",
    "Gathered up, the evidence tilts one way: {thesis}.",
    "The debate is not closed.",
    "What, then, has this essay shown?",
    "Each line of inquiry here arrives at the same point: {thesis}.",
    "Once the detail is stripped away, one conclusion remains.",
    "Squeezing {x} into a slogan tempts every writer, and misleads every reader.",
]
CLOSE_MID = [
    "On their own, {s1}, {s2} and {s3} explain a little; combined, they explain a great deal.",
    "The view that {rival} deserves a hearing, but the record weighs against it.",
    "The work here has been done by small details rather than big theories.",
    "The questions it raised outlasted the events.",
    "Unread archives will surely add more.",
    "Stripped of legend, the residue is modest, and it squares with the ledgers.",
]
CLOSE_LAST = [
    "{People} went on paying for it long after the newspapers lost interest.",
    "Someone ought now to set {setting} beside its nearest equivalents abroad.",
    "The people behind {x} had other options open to them.",
    "{X} teaches us about organisations and their habits rather than about villains.",
    "By all means retell {x}, but retell it carefully.",
    "{X} deserves better than its reputation, and repays a patient reader.",
]
HD_BACK = ["The background", "Before the event", "How things stood", "Context", "The starting point",
           "Some necessary background"]
HD_NAMING = ["Terms, briefly", "Naming the thing", "Words and names"]
HD_RECORD = ["The evidence", "What survives", "The sources and their limits"]
HD_CAST = ["Those involved", "The participants", "Who was there"]
HD_STRAND = ["{S}", "About {s}", "{S} reconsidered", "The matter of {s}", "{S} once more", "The importance of {s}"]
HD_COMPARE = ["Comparisons elsewhere", "Other places", "Parallel cases"]
HD_COUNTER = ["What might have been", "Another outcome", "A different road"]
HD_LEGACY = ["Afterwards", "The aftermath", "Long-term effects"]
HD_DOUBT = ["An objection", "The other side", "A rival view", "Meeting the objection", "The counter-case",
            "A possible reply"]
HD_CLOSE = ["Conclusion", "Drawing it together", "Final thoughts", "Pulling the threads", "To finish"]


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
        cards.append(dict(id=f"k{n:03d}", title=title, subject=subject, x=x, people=people, setting=setting,
                          period=period, strands=[s.strip() for s in strands.split(";")], thesis=thesis, rival=rival,
                          facts=[fact1, fact2]))
    return cards


def make_essay(card: dict, rng: random.Random) -> dict:
    """Card to essay. Opening paragraph: subject named straight away, thesis as its final sentence, and now and
    then a frame, plan or question squeezed in. Scene-setting paragraph: fact one, plus fact two unless that waits
    for strand two. Sometimes a paragraph about terms, sources or people. Per strand: a paragraph or a pair, occasionally
    with a single-sentence pivot ahead and some quoted words or bullet points behind. Perhaps a comparison, what-if or
    aftermath. Then objection plus reply, and a close whose last words point back at subject, people or setting.
    Headings appear in about half the essays; no essay repeats one of its patterns."""
    unused: dict[int, list[str]] = {}

    def take(pool: list[str]) -> str:
        rest = unused.setdefault(id(pool), rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    pair = rng.sample(SCHOLARS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], period=card["period"], s1=s1, s2=s2, s3=s3, S1=cap(s1),
                 thesis=card["thesis"], rival=card["rival"], Scholar=pair[0], Scholar2=pair[1])
    # no study predates its events or postdates 2001
    ended = int(re.findall(r"\d{4}", card["period"])[-1])

    def fill(pattern: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(max(1958, ended + 3), 2001),
                     year2=rng.randint(max(1966, ended + 3), 2001),
                     pct=rng.choice([7, 11, 16, 21, 26, 31, 36, 42, 47, 53, 61, 68]),
                     num=rng.choice([13, 19, 26, 34, 48, 59, 73, 96, 128, 187]))
        return pattern.format(**slots, **extra)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    slots["question"] = cap(fill(rng.choice(QUESTIONS)))
    headed = rng.random() < 0.5
    blocks: list[tuple] = []
    thesis = fill(take(CLAIM_THESIS))
    opener = fill(take(OPENING))
    first = [opener]
    parts: list[str] = []
    for share, pool, name in ((0.3, FRAME, "frame"), (0.3, ROADMAP, "plan"), (0.25, QUESTION_LEAD, "question")):
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
    for low, high, pool, heads, name in ((0.0, 0.13, NAMING, HD_NAMING, "terms"), (0.13, 0.29, RECORD, HD_RECORD, "sources"),
                                         (0.29, 0.42, CAST, HD_CAST, "people")):
        if low <= aside < high:
            parts.append(name)
            if headed:
                blocks.append(("heading", fill(take(heads))))
            blocks.append(para(*[fill(q) for q in [pool[0]] + rng.sample(pool[1:], rng.randint(2, 3))]))
    strands = [s1, s2, s3] if rng.random() < 0.7 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < 0.4 else None
    list_at = rng.randrange(len(strands)) if rng.random() < 0.3 else None
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
        parts.append("comparison" if extra < 0.18 else "what-if" if extra < 0.32 else "aftermath")
    if extra < 0.18:
        if headed:
            blocks.append(("heading", fill(take(HD_COMPARE))))
        blocks.append(para(*[fill(take(COMPARE)) for _ in range(rng.randint(3, 4))]))
    elif extra < 0.32:
        if headed:
            blocks.append(("heading", fill(take(HD_COUNTER))))
        blocks.append(para(*[fill(q) for q in [COUNTERFACT[0]] + rng.sample(COUNTERFACT[1:], rng.randint(2, 3))]))
    elif extra < 0.45:
        if headed:
            blocks.append(("heading", fill(take(HD_LEGACY))))
        blocks.append(para(*[fill(q) for q in [LEGACY[0]] + rng.sample(LEGACY[1:], rng.randint(2, 3))]))
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
                objection=objection, last=last, figures=figures, headed=headed, parts=parts)


# ------------------------------------------------------------------------------------------------ shared pieces

ESSAYS_BY_TITLE: dict[str, dict] = {}  # main() stocks it; quoting boxes fetch other pages' essays from it
SEED = 2022  # main() overwrites it; seeds the draw of pages for every rare element


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def unique_to(text: str, title: str) -> bool:
    """Whether `text` belongs to essay `title` alone."""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def opening_of(title: str) -> str:
    """The essay's very first sentence (it names the subject)."""
    sen = ESSAYS_BY_TITLE[title]["opener"]
    assert paragraphs_of(title)[0].startswith(sen) and unique_to(sen, title), title
    return sen


def thesis_of(title: str) -> str:
    """The thesis, which ends paragraph one."""
    sen = ESSAYS_BY_TITLE[title]["thesis"]
    assert paragraphs_of(title)[0].endswith(sen) and unique_to(sen, title), title
    return sen


def second_fact(title: str) -> str:
    fact = ESSAYS_BY_TITLE[title]["card"]["facts"][1]
    assert unique_to(fact, title), title
    return fact


def figures_of(title: str) -> str:
    """The sentence with the invented figures in the first strand's paragraph (it names the strand)."""
    sen = ESSAYS_BY_TITLE[title]["figures"][0]
    assert any(sen in q for q in paragraphs_of(title)) and unique_to(sen, title), title
    return sen


SITE_LEVELS = {
    "skomer": ["Higher", "Standard Grade Credit", "Sixth Year Studies", "Higher (prelim)"],
    "bardsey": ["AS History", "A2 History", "GCSE History", "Welsh Bacc"],
    "caldey": ["History", "Politics", "Science & Technology", "Culture"],
    "lundy": ["Modern History", "World History", "Maritime History", "Social History"],
}
SITE_GRADES = {
    "skomer": ["Band A", "Band A/B", "Band B", "upper Band A", "Band B/C", "a clear A"],
    "bardsey": ["A", "A*", "B", "A-", "B+", "A (finally!!)"],
    "caldey": ["+41", "+57", "+33", "+68", "+29", "+45"],
    "lundy": ["Editor's choice", "Featured article", "Top article", "Staff pick", "Most read", "Writer of the month"],
}


class Page(g2.Page):
    """sites2's Page, extended: level, grade, subject, and titles of the whole site in page order."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.card = essay["card"]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})
        self.level = rng.choice(SITE_LEVELS[site])
        self.grade = rng.choice(SITE_GRADES[site])


def _chosen(site: str, role: str, count: int) -> list[int]:
    return sorted(random.Random(f"twentytwo:{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count))


def carries(site: str, role: str, count: int, page: Page) -> bool:
    """Did the `role` draw (size `count`) land on this page?"""
    return page.index in _chosen(site, role, count)


def rank_of(site: str, role: str, count: int, page: Page) -> int | None:
    """Index (0-based) of this page in the picks for `role`; None if unpicked."""
    chosen = _chosen(site, role, count)
    return chosen.index(page.index) if page.index in chosen else None


def placed_before(site: str, role: str, page: Page, first: int = 9) -> bool:
    """Does the moving piece come ahead of the essay on this page? `first` pages say yes."""
    order = list(range(1, PAGES_PER_SITE + 1))
    random.Random(f"twentytwo:{SEED}:{site}:{role}:ahead").shuffle(order)
    return page.index in order[:first]


def pick_note(notes: list[str], p: Page, **more) -> str:
    return p.rng.choice(notes).format(**{"topic": p.topic, "title": p.title, "level": p.level, **more})


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Puts `piece` in at `pos` (1 at the lowest), moving earlier past any heading or colon-ended lead-in, so
    nothing gets wedged between a heading or lead-in and whatever follows it."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, str]]:
    """A (kind, html) pair per visible block; paragraphs whose last mark is a colon are kind "lead"."""
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


def plain_list(ordered: bool, items: list[str]) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>"


NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


# ---- 1. skomer: a teacher's hand-made GeoCities homepage ---------------------------------------------------------

SK_SITE = "Treharne's History Answers"
SK_OWNER = "Emrys Treharne"
SK_HOME = "http://www.geocities.com/Athens/Parthenon/4417/"
SK_RING = "Cardigan Bay Classroom Ring"
SK_NAV = [("Home", "index.html"), ("Higher answers", "higher.html"), ("Standard Grade answers", "sg.html"),
          ("Source questions", "sources.html"), ("Links for pupils", "links.html"),
          ("Sign my guestbook", "http://www.geocities.com/cgi-bin/homestead/guestbooks/sign"),
          ("Read my guestbook", "http://www.geocities.com/cgi-bin/homestead/guestbooks/view")]
SK_QUESTIONS = [
    "How far was {x} the result of {s1}?",
    "To what extent has the importance of {x} been exaggerated?",
    "Explain why {x} mattered so much to {people}.",
    "Assess the part played by {s2} in {x}.",
    "How convincing is the usual explanation of {x}?",
]
SK_NOTE_LABELS = ["Mr Treharne:", "Copy this habit:", "A good move:", "Spot the link:"]
SK_NOTES = [
    "straight into the argument in paragraph one, no storytelling",
    "point first, proof second: that order wins marks every time",
    "a historian's name and a date, and the marker ticks the margin",
    "notice how the figure is used to prove something, not just to decorate",
    "the paragraph closes by tying itself back to the set question",
    "the rival case is put politely and then taken apart",
    "short quotations work better than long ones under exam conditions",
]
SK_BANNERS = [
    "These pages will be moving before the autumn, when GeoCities closes; the new address will go on the home page.",
    "New answers go up at the start of every school holiday.",
    "Several readers report the map links are slow: they are large pictures, so please be patient.",
]
SK_CREDIT = "Written by a former pupil and put up here with her permission."
SK_LATER = ["Sunday 14 March 2004", "Tuesday 2 November 2004", "Friday 20 May 2005", "Monday 9 January 2006"]
FONT_SK = '<font face="Arial, Helvetica, sans-serif" size="2">'


def sk_file(n: int) -> str:
    return f"answer{n:02d}.html"


def skomer(p: Page) -> str:
    rng = p.rng
    site = "skomer"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    card = p.card
    # hand-typed HTML 3.2: a <p> opens each paragraph and nothing shuts it
    pieces = shown_pieces(p, lambda v: f"<h4>{esc(v)}</h4>", lambda v, k: f"<p>{esc(v)}",
                          lambda v: f"<blockquote><i>{esc(v)}</i></blockquote>", plain_list)
    n_essay = len(pieces)
    if carries(site, "margin", 13, p):
        label = rng.choice(SK_NOTE_LABELS)
        text = pick_note(SK_NOTES, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<p><font color="#006600"><b>{esc(label)}</b> {esc(text)}</font>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            size = number(site, "gif", p.title, mod=60, base=30)
            caption = f"Click here for a map of {card['setting']} ({size}K GIF)"
            piece = f'<p><a href="maps/{slug(p.title)[:20]}.gif"><img src="mapicon.gif" width="32" height="32" border="0" alt=""> {esc(caption)}</a>'
        else:
            caption = f"Listen: a short radio talk on {card['x']} (RealAudio, {number(site, 'ra', p.title, mod=9, base=1)}.{number(site, 'rb', p.title, mod=9)} MB)"
            piece = f'<p><a href="audio/{slug(p.title)[:20]}.ram"><img src="speaker.gif" width="24" height="24" border="0" alt=""></a> <a href="audio/{slug(p.title)[:20]}.ram">{esc(caption)}</a>'
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        wall = (f"That is where the free copy of this answer stops. The remaining {fmt_int(p.rest_words())} words "
                "wait in the paper booklet I send to schools; e-mail me and your department can have one.")
        pieces.append(("wall", f'<p><font color="#990000"><b>{esc(wall)}</b></font> <a href="mailto:e.treharne@geocities.com">E-mail me</a>'))
        p.clutter.append(wall)
    # word and page counts come straight after the last paragraph, still in its font, before references
    counts = f"Words in this answer: {fmt_int(p.words)} \u00b7 Script sides: {p.pages}"
    pieces.append(("counts", f'<p align="right"><i>{counts}</i>'))
    p.clutter.append(counts)
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h4>Works Cited</h4>"))
        pieces.append(("refs", "<p>" + "<br>\n".join(mk for _, mk in p.refs)))
    essay_html = "\n".join(h for _, h in pieces)
    question = "Answering: " + rng.choice(SK_QUESTIONS).format(x=card["x"], s1=card["strands"][0],
                                                                  s2=card["strands"][1], people=card["people"])
    p.clutter.append(question)
    graded = f"Level: {p.level} \u00b7 Marked as {p.grade}"
    p.clutter.append(graded)
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p align="center"><font size="2"><i>{esc(SK_CREDIT)}</i></font></p>\n'
        p.clutter.append(SK_CREDIT)
    # hit counter and ring links: on top for nine pages, underneath for the other nine
    readers = rng.randint(240, 31000)
    since = date(1998, 9, 1) + timedelta(days=rng.randint(0, 1500))
    counter_line = f"{readers:06d} readers have opened this answer since {since.day} {since.strftime('%B %Y')}"
    ring = (f'<table border="1" cellpadding="4" cellspacing="0" bgcolor="#F0E6C8" align="center"><tr><td align="center">{FONT_SK}'
            f'<font face="Courier New, Courier"><b>{readers:06d}</b></font> readers have opened this answer since {since.day} {since.strftime("%B %Y")}<br>\n'
            f'This site is a member of the <b>{SK_RING}</b><br>\n'
            '[ <a href="http://www.webring.org/cgi-bin/webring?ring=cbclass;id=17;prev">&lt;&lt; Prev</a> | '
            '<a href="http://www.webring.org/cgi-bin/webring?ring=cbclass;id=17;next">Next &gt;&gt;</a> | '
            '<a href="http://www.webring.org/cgi-bin/webring?ring=cbclass;random">Random site</a> | '
            '<a href="http://www.webring.org/cgi-bin/webring?ring=cbclass;list">List sites</a> ]</font></td></tr></table>')
    p.clutter += [counter_line, f"This site is a member of the {SK_RING}", "Random site", "List sites"]
    before = placed_before(site, "ring", p)
    # left column: navigation and three other answers with their first sentences
    order = {t: k for k, t in enumerate(p.site_titles, 1)}
    nav = "<br>\n".join(f'<a href="{h}">{esc(k)}</a>' for k, h in SK_NAV)
    more = ""
    for t in rng.sample(p.others, 3):
        sen = opening_of(t)
        more += (f'<p><a href="{sk_file(order[t])}">{esc(t)}</a><br>\n'
                 f'<font size="1">Starts like this: \u201c{esc(sen)}\u201d</font>\n')
        p.clutter += [t, f"Starts like this: \u201c{sen}\u201d", sen]
    fresh = ""
    for t in rng.sample(p.others, 2):
        fresh += f'<a href="{sk_file(order[t])}">{esc(t)}</a><br>\n'
        p.clutter.append(t)
    banner = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        banner = f'<center><table border="0" bgcolor="#FFFF99" cellpadding="4"><tr><td>{FONT_SK}<b>{esc(SK_BANNERS[turn])}</b></font></td></tr></table></center>\n'
        p.clutter.append(SK_BANNERS[turn])
    updated = rng.choice(SK_LATER)
    foot1 = f"Last updated {updated}"
    foot2 = f"\u00a9 {SK_OWNER} 1998-2006. Please link to these answers rather than copying them onto other sites."
    tagline = "Model answers for Higher and Standard Grade History, from a retired teacher"
    p.clutter += [foot1, foot2, tagline, SK_SITE, "On this site", "More model answers", "New this month",
                  "Higher answers", "Standard Grade answers", "Source questions", "Links for pupils",
                  "Sign my guestbook", "Read my guestbook", f"Hosted free by GeoCities"]
    ring_top = f"{ring}\n<br>\n" if before else ""
    ring_end = "" if before else f"\n<br>\n{ring}"
    stats = digest(site, "stats", n=10)
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="GENERATOR" content="Mozilla/4.78 [en] (Win98; U) [Netscape]">
<meta name="keywords" content="history, model answers, Higher, exam, essay, {html.escape(p.topic)}">
<title>{esc(SK_SITE)} - {esc(p.title)}</title>
</head>
<body bgcolor="#FFFFF0" background="parchment.jpg" text="#000000" link="#000080" vlink="#800080" alink="#FF0000">
<h1 align="center"><font face="Times New Roman, Times" color="#800000">{esc(SK_SITE)}</font></h1>
<center><font size="2"><i>{esc(tagline)}</i></font></center>
{banner}<hr width="85%" size="1">
<table width="100%" border="0" cellspacing="0" cellpadding="6">
<tr>
<td width="170" valign="top" bgcolor="#F0E6C8">{FONT_SK}
<b>On this site</b><br>
{nav}<br>
<a href="mailto:e.treharne@geocities.com">E-mail me</a>
<p><b>More model answers</b>
{more}<p><b>New this month</b><br>
{fresh}</font></td>
<td valign="top">
<h3><font color="#800000">{esc(question)}</font></h3>
<center><font size="+2" color="#000080"><b>{esc(p.title)}</b></font><br>
<font size="2">{esc(graded)}</font></center>
{credit}{ring_top}{FONT_SK}
{essay_html}
</font>{ring_end}
</td>
</tr>
</table>
<hr width="85%" size="1">
<center><font size="1">{esc(foot1)}<br>
{esc(foot2)}<br>
<a href="{SK_HOME}">{SK_HOME}</a> &middot; Hosted free by GeoCities</font></center>
</body>
</html>
<!-- text below generated by server. PLEASE REMOVE --><!-- Counter/Statistics data collection code --><script language="JavaScript" src="http://geocities.yahoo.com/js_source/geov2.js"></script><script language="javascript">geovisit();</script><noscript><img src="http://visit.geocities.yahoo.com/visit.gif?us{stats}" alt="setstats" border="0" width="1" height="1"></noscript>
"""


# ---- 2. bardsey: a pupil's MySpace blog --------------------------------------------------------------------------

BA_NAME = "Elin"
BA_FRIEND_ID = 118094523
BA_NAV = ["Home", "Browse", "Search", "Invite", "Film", "Mail", "Blog", "Favorites", "Forum", "Groups", "Events",
          "Videos", "Music", "Comedy", "Classifieds"]
BA_NOTE_LABELS = ["Miss Howells said:", "tangent:", "random fact:", "later addition:"]
BA_NOTES = [
    "Miss drew a smiley face next to this bit!!",
    "i rewrote this bit three times and it's still not perfect",
    "if you're doing {topic} too, don't copy this word for word, teachers can tell",
    "pretty sure the numbers here are from our textbook",
    "my mum read this part and said it was the best bit",
    "this paragraph was way too long before so i cut it in half",
    "comment if you think this part is wrong, i won't be offended",
]
BA_BANNERS = [
    "Blog comments are saving slowly tonight. We're on it, thanks for your patience!",
    "New: put songs from MySpace Music straight into your blog entries.",
    "Stay safe: never post your phone number or home address where strangers can see it.",
]
BA_CREDIT = "(putting this up with Miss Howells' OK btw)"
BA_OTHER_ENTRIES = [
    ("exams in 2 weeks aaargh", "Revision timetable is on the fridge. Have not started it. Send biscuits."),
    ("new haircut!!", "Went a bit shorter than I wanted but everyone says it looks fine. Pics soon."),
    ("gig on saturday", "Three bands at the Arts Centre and I got the last two tickets. So happy."),
    ("bored bored bored", "Rain again. Watched four episodes of something and learned nothing."),
    ("finally 17", "Thanks for all the birthday messages, you lot are the best. Cake was amazing."),
    ("work experience week", "Spent five days at the council offices filing things. Coffee was terrible."),
    ("beach day", "Freezing water but we went in anyway. Sand in everything now."),
    ("driving lesson no. 4", "Stalled twice at the same roundabout. Instructor very calm about it, thank goodness."),
    ("new layout", "Changed my profile colours again. Tell me if you can't read the text."),
    ("sorry for the quiet", "Been busy with coursework and shifts at the cafe. Back properly soon."),
]
BA_FRIENDS = ["Sioned", "Rhys \u2605", "Gethin", "Lowri xx", "Carys", "Dafydd", "Megan :)", "Tom B"]
BA_COMMENTS = [
    "wow this is really good, can i borrow it lol",
    "you're such a swot, love you really",
    "this helped so much with my homework, thanks!!",
    "Miss Howells is going to frame this",
    "too long didn't read. jk, it's great",
    "how do you even write this much",
]


def ms_day(t: datetime) -> str:
    return f"{t:%A}, {t:%B} {t.day:02d}, {t.year}"


def ba_entry(stamp: str, subject: str, body_html: str, footer: str, eid: int) -> str:
    return (f'<div class="blogEntry" id="entry{eid}">\n<p class="blogTimeStamp">{stamp}</p>\n'
            f'<table width="100%" cellspacing="0" cellpadding="2"><tr><td class="blogSubject">{esc(subject)}</td></tr>\n'
            f'<tr><td class="blogCategory">Category: <a href="/index.cfm?fuseaction=blog.ListAll&amp;CategoryID=8">School, College, Greek</a></td></tr></table>\n'
            f'<div class="blogContent">\n{body_html}\n</div>\n<p class="blogFooter">{footer}</p>\n</div>')


def bardsey(p: Page) -> str:
    rng = p.rng
    site = "bardsey"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    card = p.card
    pieces = shown_pieces(p, lambda v: f"<p><strong><u>{esc(v)}</u></strong></p>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f"<blockquote>{esc(v)}</blockquote>", plain_list)
    n_essay = len(pieces)
    if carries(site, "remark", 13, p):
        label = rng.choice(BA_NOTE_LABELS)
        text = pick_note(BA_NOTES, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<p><span style="color:#CC0066;"><b>{esc(label)}</b> {esc(text)}</span></p>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"video i found about {card['x']}, it's actually quite good"
            vid = digest(site, "yt", p.title, n=11)
            piece = (f'<p><object width="425" height="355"><param name="movie" value="http://youtube.com/v/{vid}&amp;hl=en"></param>'
                     f'<param name="wmode" value="transparent"></param><embed src="http://youtube.com/v/{vid}&amp;hl=en" wmode="transparent" width="425" height="355"></embed></object><br />'
                     f'<i>{esc(caption)}</i></p>')
        else:
            caption = f"my revision mind map for this one (click to make it bigger)"
            piece = (f'<p><a href="http://i{number(site, "pb", p.title, mod=200, base=10)}.photobucket.com/albums/a{number(site, "alb", mod=400, base=100)}/elin_b/mindmap_{digest(site, "mm", p.title, n=6)}.jpg">'
                     f'<img src="http://i{number(site, "pb", p.title, mod=200, base=10)}.photobucket.com/albums/a{number(site, "alb", mod=400, base=100)}/elin_b/th_mindmap_{digest(site, "mm", p.title, n=6)}.jpg" border="0" alt="" /></a><br />'
                     f'<i>{esc(caption)}</i></p>')
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        wall = (f"i've only put the first half up because people keep copying stuff off here. message me if you "
                f"need the other {fmt_int(p.rest_words())} words x")
        pieces.append(("wall", f'<p><b>{esc(wall)}</b> <a href="http://messaging.myspace.com/index.cfm?fuseaction=mail.message&amp;friendID={BA_FRIEND_ID}">Send Message</a></p>'))
        p.clutter.append(wall)
    if p.cut is None and p.refs:
        pieces.append(("heading", "<p><strong><u>Works Cited</u></strong></p>"))
        pieces.append(("refs", "\n".join(f"<p>{mk}</p>" for _, mk in p.refs)))
    # the pupil's own first line carries the counts, pages spelled out
    pages_word = NUMBER_WORDS[p.pages] if p.pages < len(NUMBER_WORDS) else str(p.pages)
    counts = (f"ok so here's my {p.level} essay ({fmt_int(p.words)} words altogether, "
              f"{pages_word} {'page' if p.pages == 1 else 'pages'} when it came off the printer)")
    p.clutter.append(counts)
    lead = f"<p><i>{esc(counts)}</i></p>"
    if carries(site, "credit", 6, p):
        lead += f"\n<p><i>{esc(BA_CREDIT)}</i></p>"
        p.clutter.append(BA_CREDIT)
    body = lead + "\n" + "\n".join(h for _, h in pieces)
    posted = datetime(2006, 9, 1, 16, 0) + timedelta(days=rng.randint(0, 700), minutes=rng.randint(0, 420))
    stamp = ms_day(posted)
    comments = rng.sample(list(zip(rng.sample(BA_FRIENDS, 6), BA_COMMENTS)), rng.randint(0, 4))
    footer = (f'posted by <a href="http://profile.myspace.com/index.cfm?fuseaction=user.viewprofile&amp;friendid={BA_FRIEND_ID}">{BA_NAME}</a> '
              f'at {posted.strftime("%I:%M %p").lstrip("0")} | <a href="#comments">{plural(len(comments), "Comment")}</a> | <a href="#addcomment">Add Comment</a>')
    p.clutter += [stamp, f"posted by {BA_NAME} at {posted.strftime('%I:%M %p').lstrip('0')}", plural(len(comments), "Comment"),
                  "Category: School, College, Greek"]
    entry = ba_entry(stamp, p.title, body, footer, number(site, "entry", p.title, mod=9 * 10**8, base=10**8))
    # a few lines posted on some other day, marked up like the essay's entry, placed over or under it
    subj, text = BA_OTHER_ENTRIES[(p.index * 7 + rng.randint(0, 9)) % len(BA_OTHER_ENTRIES)]
    other_day = posted + (timedelta(days=rng.randint(1, 9)) if placed_before(site, "diary", p) else -timedelta(days=rng.randint(1, 9)))
    other_footer = (f'posted by <a href="http://profile.myspace.com/index.cfm?fuseaction=user.viewprofile&amp;friendid={BA_FRIEND_ID}">{BA_NAME}</a> '
                    f'at {other_day.strftime("%I:%M %p").lstrip("0")} | <a href="#">0 Comments</a> | <a href="#">Add Comment</a>')
    other_stamp = ms_day(other_day)
    diary = ba_entry(other_stamp, subj, f"<p>{esc(text)}</p>", other_footer, number(site, "other", p.title, mod=9 * 10**8, base=10**8))
    p.clutter += [subj, text, other_stamp, f"posted by {BA_NAME} at {other_day.strftime('%I:%M %p').lstrip('0')}"]
    entries = f"{diary}\n{entry}" if placed_before(site, "diary", p) else f"{entry}\n{diary}"
    comment_html = ""
    for who, said in comments:
        when = posted + timedelta(hours=rng.randint(1, 200))
        line = f"Posted by {who} on {ms_day(when)} at {when.strftime('%I:%M %p').lstrip('0')}"
        comment_html += (f'<table class="blogComment" width="100%"><tr><td width="80"><img src="http://x.myspacecdn.com/images/no_pic.gif" width="70" alt="" /></td>'
                         f'<td><p>{esc(said)}</p><p class="commentBy">{esc(line)}</p></td></tr></table>\n')
        p.clutter += [said, line]
    # sidebar: profile box, contact box, the pupil's other essays with their thesis sentences, archive
    order = {t: k for k, t in enumerate(p.site_titles, 1)}
    mine = ""
    for t in rng.sample(p.others, 3):
        sen = thesis_of(t)
        mine += (f'<li><a href="http://blog.myspace.com/index.cfm?fuseaction=blog.view&amp;friendID={BA_FRIEND_ID}&amp;blogID={400000000 + order[t] * 7919}">{esc(t)}</a><br />'
                 f'<span class="mypoint">my point: \u201c{esc(sen)}\u201d</span></li>')
        p.clutter += [t, f"my point: \u201c{sen}\u201d", sen]
    months = sorted({(posted - timedelta(days=31 * k)).strftime("%B %Y") for k in range(5)},
                    key=lambda m: datetime.strptime(m, "%B %Y"), reverse=True)
    archive = "".join(f'<li><a href="#">{m}</a></li>' for m in months)
    p.clutter += months
    login = (posted + timedelta(days=rng.randint(0, 40))).strftime("%m/%d/%Y")
    motto = rng.choice(["revision is ruining my life", "one more exam then FREEDOM", "history nerd and proud",
                        "tea, books, sleep"])
    p.clutter += [f"Last Login: {login}", f"\u201c{motto}\u201d", "Contacting Elin", "Add to Friends", "Send Message",
                  "Forward to Friend", "Add to Favorites", "Subscribe to this Blog", "my other essays (click!!)",
                  "Aberystwyth, Ceredigion", f"{BA_NAME}'s Blog", "Safety Tips", "Classifieds"]
    banner = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div id="siteAlert" class="alertBar">{esc(BA_BANNERS[turn])}</div>\n'
        p.clutter.append(BA_BANNERS[turn])
    foot = "\u00a9 2003-2008 MySpace.com. All Rights Reserved."
    p.clutter.append(foot)
    nav = " | ".join(f'<a href="http://www.myspace.com/index.cfm?fuseaction={slug(k)}">{k}</a>' for k in BA_NAV)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<title>MySpace.com Blogs - {esc(p.title)} - {BA_NAME} MySpace Blog</title>
<link rel="stylesheet" type="text/css" href="http://x.myspacecdn.com/modules/blog/static/css/blog_{digest(site, 'css', n=6)}.css" />
<style type="text/css">body {{ background-color: #F9E6EE; }} .blogSubject {{ font-size: 14px; font-weight: bold; color: #660033; }} .blogContent {{ font-family: Verdana; font-size: 11px; }}</style>
</head>
<body>
<div id="header"><a href="http://www.myspace.com/"><img src="http://x.myspacecdn.com/images/myspace_logo.gif" alt="MySpace.com" width="150" height="40" /></a>
<form action="http://searchservice.myspace.com/index.cfm" method="get">Search: <select name="t"><option>People</option><option>Web</option><option>Blogs</option><option>Music</option></select> <input type="text" name="q" /> <input type="submit" value="Search" /></form>
<a href="http://www.myspace.com/index.cfm?fuseaction=help">Help</a> | <a href="http://signup.myspace.com/">SignUp</a></div>
<div id="topnav">{nav}</div>
{banner}<table width="800" align="center" cellspacing="0" cellpadding="6"><tr>
<td width="250" valign="top" class="blogSidebar">
<div class="profileBox"><img src="http://a{number(site, 'pic', mod=900, base=100)}.ac-images.myspacecdn.com/images01/{digest(site, 'pic', n=2)}/s_{digest(site, 'face', n=24)}.jpg" width="90" alt="" /><br />
<b>{BA_NAME}</b><br />\u201c{esc(motto)}\u201d<br />Female, 17<br />Aberystwyth, Ceredigion<br />United Kingdom<br />Last Login: {login}<br />
View My: <a href="#">Pics</a> | <a href="#">Videos</a></div>
<div class="contactBox"><b>Contacting Elin</b><br /><a href="#">Send Message</a> &middot; <a href="#">Forward to Friend</a><br /><a href="#">Add to Friends</a> &middot; <a href="#">Add to Favorites</a></div>
<div class="myEssays"><b>my other essays (click!!)</b><ul>{mine}</ul></div>
<div class="blogArchive"><b>My Blog</b><ul>{archive}</ul>[<a href="#">Subscribe to this Blog</a>]</div>
</td>
<td valign="top">
<div class="blogHeader"><b>{BA_NAME}'s Blog</b></div>
{entries}
<div id="comments"><b>Comments</b>
{comment_html}</div>
<div id="addcomment"><a href="#">Add Comment</a></div>
</td></tr></table>
<div id="footer"><a href="#">About</a> | <a href="#">FAQ</a> | <a href="#">Terms</a> | <a href="#">Privacy</a> | <a href="#">Safety Tips</a> | <a href="#">Contact MySpace</a> | <a href="#">Advertise</a><br />{esc(foot)}</div>
</body>
</html>
"""


# ---- 3. caldey: a Scoop community site where readers vote stories in ---------------------------------------------

CA_SITE = "Ferryhouse"
CA_HOST = "www.ferryhouse.org"
CA_TAGLINE = "history essays, voted in by the readers"
CA_USERS = ["marlpit", "tidal_clerk", "gwenllian", "oldbrass", "saltmarsh", "iron_lung", "quayside", "dai_the_map"]
CA_NOTE_LABELS = ["Update [{when} by {user}]:", "Addendum:", "Errata:", "Clarification:"]
CA_NOTES = [
    "several commenters below disagree with this paragraph, and they may be right",
    "a reader points out that the date here is disputed in other accounts",
    "this section has been trimmed since the story left the queue",
    "the figures here come from a secondary source I could not check",
    "an earlier draft overstated this point; the wording is now softer",
    "I have added a sentence here after the editorial thread",
    "a link to the source for this paragraph is in the comments",
]
CA_BANNERS = [
    "The server moves to a new host this weekend, so posting will be switched off on Saturday night.",
    "The voting threshold for the queue has been raised to 60 after last month's discussion.",
    "Accounts created this week must wait 24 hours before they can vote in the queue.",
]
CA_CREDIT = "Cross-posted from the author's own weblog."
CA_COMMENT_SUBJECTS = ["Good piece", "Not convinced", "Sources?", "Voted +1 FP", "A small quibble", "Well argued",
                       "Missed the obvious", "Keep them coming"]
CA_COMMENTS = [
    "Solid and readable. I voted it to the front page and do not regret it.",
    "The argument holds until the objection section, which deserves more room.",
    "Could you list the books you used? Several claims need a source.",
    "I grew up near there and this matches what my grandparents said.",
    "Interesting, although the title promises more than the story delivers.",
    "This is the sort of thing that keeps me reading the site.",
]
SCOOP_FONT = '<FONT FACE="arial, Helvetica, Sans-Serif" SIZE=2>'


def scoop_time(t: datetime) -> str:
    clock = t.strftime("%I:%M:%S")
    return f"{t:%a} {t:%b} {t.day:02d}, {t.year} at {clock} {t:%p} EST"


def ca_meta(title: str) -> dict:
    h = number("caldey", "meta", title, mod=10**9)
    sid = f"{2002 + h % 4}/{1 + (h // 5) % 12}/{1 + (h // 61) % 28}/{(h // 7) % 240000:06d}/{(h // 11) % 900 + 100}"
    return dict(user=CA_USERS[h % len(CA_USERS)], sid=sid)


def caldey(p: Page) -> str:
    rng = p.rng
    site = "caldey"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    card, m = p.card, ca_meta(p.title)
    pieces = shown_pieces(p, lambda v: f"<H3>{esc(v)}</H3>", lambda v, k: f"<P>{esc(v)}</P>",
                          lambda v: f"<BLOCKQUOTE><I>{esc(v)}</I></BLOCKQUOTE>", plain_list)
    posted = datetime(2002, 1, 7, 3, 0) + timedelta(days=rng.randint(0, 1400), seconds=rng.randint(0, 86000))
    n_essay = len(pieces)
    if carries(site, "update", 13, p):
        raw = rng.choice(CA_NOTE_LABELS)
        upd = posted + timedelta(hours=rng.randint(2, 90), seconds=rng.randint(0, 3000))
        label = raw.format(when=f"{upd.year}-{upd.month}-{upd.day} {upd.hour}:{upd.minute}:{upd.second}", user=m["user"])
        text = pick_note(CA_NOTES, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f"<P><B>{esc(label)}</B> <I>{esc(text)}</I></P>"))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Figure: a contemporary engraving of {card['setting']} (click for the full size)"
            piece = (f'<P ALIGN=center><A HREF="/images/stories/{digest(site, "img", p.title, n=8)}.jpg"><IMG SRC="/images/stories/{digest(site, "img", p.title, n=8)}_s.jpg" WIDTH=320 HEIGHT=210 BORDER=0 ALT=""></A><BR>'
                     f'<SMALL>{esc(caption)}</SMALL></P>')
        else:
            caption = f"Audio: period sources on {card['x']}, read aloud (MP3, {number(site, 'mp3', p.title, mod=5, base=2)} MB)"
            piece = f'<P><A HREF="/files/{digest(site, "mp3", p.title, n=8)}.mp3">{esc(caption)}</A></P>'
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        wall = (f"This story is still in the edit queue. Readers without an account see its opening only; "
                f"sign in for the remaining {fmt_int(p.rest_words())} words and cast a vote.")
        pieces.append(("wall", f'<P><B>{esc(wall)}</B> <A HREF="/login">Log in</A></P>'))
        p.clutter.append(wall)
    if p.cut is None and p.refs:
        pieces.append(("heading", "<H3>Works Cited</H3>"))
        pieces.append(("refs", "<P>" + "<BR>\n".join(mk for _, mk in p.refs) + "</P>"))
    # Scoop prints the intro in a table of its own, then the body
    intro_kind, intro = pieces[0]
    rest = "\n".join(h for _, h in pieces[1:])
    counts = f"{fmt_int(p.words)} words in story \u00b7 prints as {p.pages} pp."
    stamp = scoop_time(posted)
    tags = sorted({p.topic, rng.choice(["disasters", "labour", "empire", "trials", "sea", "engineering", "protest"])})
    tags_html = ", ".join(f'<A HREF="/tag/{slug(t)}">{esc(t)}</A>' for t in tags)
    byline = f"By {m['user']} in {p.level}"
    p.clutter += [byline, stamp, counts, "(all tags)"]
    header = (f'<TABLE WIDTH="100%" CELLPADDING=3 CELLSPACING=0 BORDER=0>\n'
              f'<TR><TD BGCOLOR="#E6E6E6"><FONT FACE="arial, Helvetica, Sans-Serif" SIZE=3><B>{esc(p.title)}</B></FONT></TD></TR>\n'
              f'<TR><TD>{SCOOP_FONT}By <A HREF="/user/{m["user"]}">{m["user"]}</A> in <A HREF="/section/{slug(p.level)}">{esc(p.level)}</A><BR>\n'
              f'{stamp}<BR>\n(Tags: {tags_html}) <A HREF="/tag/">(all tags)</A></FONT></TD></TR>\n'
              f'<TR><TD>{SCOOP_FONT}&lt; {counts} &gt;</FONT></TD></TR>\n</TABLE>')
    intro_table = (f'<TABLE WIDTH="100%" CELLPADDING=4 CELLSPACING=0 BORDER=0><TR><TD VALIGN=top>'
                   f'<A HREF="/?topic={slug(p.topic)}"><IMG SRC="/topics/{slug(p.topic)}.gif" ALIGN=right HSPACE=6 VSPACE=4 BORDER=0 ALT="{esc(p.category)}"></A>'
                   f'<FONT FACE="Georgia, Times" SIZE=3>\n{intro}\n</FONT></TD></TR></TABLE>')
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f"<P><SMALL><I>{esc(CA_CREDIT)}</I></SMALL></P>\n"
        p.clutter.append(CA_CREDIT)
    # vote tally from the queue: leads the story on nine pages, trails it on nine
    yes, no, skip = rng.randint(45, 140), rng.randint(5, 60), rng.randint(2, 30)
    left = posted - timedelta(hours=rng.randint(20, 70))
    record = (f"Voting record: this story left the queue with {yes} votes for, {no} against and {skip} abstaining, "
              f"after entering it on {left.strftime('%b %d')}.")
    queue = (f'<TABLE WIDTH="100%" BORDER=0 CELLPADDING=4 CELLSPACING=0 BGCOLOR="#F3F3E8"><TR><TD>{SCOOP_FONT}'
             f'{esc(record)} Section vote: {p.grade}.</FONT></TD></TR></TABLE>')
    p.clutter += [record, f"Section vote: {p.grade}"]
    ahead = placed_before(site, "queue", p)
    story = ((queue + "\n<BR>\n") if ahead else "") + header + "\n" + intro_table + "\n<!-- story body -->\n" + \
        f'<FONT FACE="Georgia, Times" SIZE=3>\n{rest}\n</FONT>\n{credit}' + ("" if ahead else "<BR>\n" + queue)
    # comments
    picked = rng.sample(range(len(CA_COMMENTS)), rng.randint(0, 4))
    ed = rng.randint(0, len(picked))
    comment_html = ""
    for j, k in enumerate(picked):
        who = rng.choice([u for u in CA_USERS if u != m["user"]])
        subj = rng.choice(CA_COMMENT_SUBJECTS)
        rating = f"{rng.choice([2, 3, 4, 5])}.{rng.choice([0, 25, 33, 5, 67, 75]):02d}"
        when = posted + timedelta(hours=rng.randint(1, 300), seconds=rng.randint(0, 3000))
        line = f"by {who} on {scoop_time(when)}"
        kind = "editorial" if j < ed else "topical"
        comment_html += (f'<TABLE WIDTH="100%" BORDER=0 CELLPADDING=2 CELLSPACING=0><TR><TD BGCOLOR="#EEEEEE">{SCOOP_FONT}<B>{esc(subj)}</B> '
                         f'(<A HREF="/comments/{m["sid"]}/{j + 1}#{j + 1}">{rating} / {rng.randint(1, 9)}</A>) (#{j + 1})<BR>{esc(line)}</FONT></TD></TR>'
                         f'<TR><TD><FONT FACE="Georgia, Times" SIZE=2>{esc(CA_COMMENTS[k])}</FONT><BR>{SCOOP_FONT}[ <A HREF="#">Parent</A> ] [ {kind} ]</FONT></TD></TR></TABLE>\n')
        p.clutter += [CA_COMMENTS[k], line]
    n_c = len(picked)
    comment_bar = f"{plural(n_c, 'comment')} ({n_c - ed} topical, {ed} editorial, 0 hidden)"
    p.clutter += [comment_bar, "Add your comment", "Highest Rated First"]
    # right-hand boxes: related links and three other stories of the section, each with its second fact
    order = {t: k for k, t in enumerate(p.site_titles, 1)}
    others = ""
    for t in rng.sample(p.others, 3):
        mt = ca_meta(t)
        fact = second_fact(t)
        others += (f'<P><A HREF="/story/{mt["sid"]}">{esc(t)}</A><BR>\n<FONT SIZE=1>by {mt["user"]} &middot; '
                   f'Also in the story: \u201c{esc(fact)}\u201d</FONT></P>\n')
        p.clutter += [t, f"Also in the story: \u201c{fact}\u201d", fact]
    related = (f'<A HREF="/user/{m["user"]}/stories">Also by {m["user"]}</A><BR>\n<A HREF="/?topic={slug(p.topic)}">More on {esc(p.topic)}</A><BR>\n'
               f'<A HREF="/search?q={quote(card["x"])}">Search the archive for this subject</A>')
    p.clutter += [f"Also by {m['user']}", f"More on {p.topic}", "Search the archive for this subject",
                  f"Other stories in {p.level}", "Related Links", "Make a new account", "Front Page",
                  "Submit Story", "Vote on the Queue", "Hotlist", CA_TAGLINE]
    banner = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        banner = f'<TABLE WIDTH="100%" BORDER=0 CELLPADDING=4 BGCOLOR="#FFF0C0"><TR><TD>{SCOOP_FONT}<B>Site news:</B> {esc(CA_BANNERS[turn])}</FONT></TD></TR></TABLE>\n'
        p.clutter.append(f"Site news: {CA_BANNERS[turn]}")
    foot = (f"{CA_SITE} runs on Scoop. Trademarks and copyrights on this page belong to their owners; comments belong "
            "to whoever posted them, and everything else is the property of the Ferryhouse readers' trust.")
    p.clutter.append(foot)
    menu = " &middot; ".join(f'<A HREF="{h}">{k}</A>' for k, h in (("Front Page", "/"), ("Sections", "/section/"),
                                                                  ("Submit Story", "/submit"), ("Vote on the Queue", "/modsub"),
                                                                  ("Hotlist", "/hotlist"), ("Search", "/search"), ("FAQ", "/special/faq")))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML>
<HEAD>
<TITLE>{CA_SITE} || {esc(p.title)}</TITLE>
<META NAME="description" CONTENT="{CA_SITE}: {html.escape(CA_TAGLINE)}">
<LINK REL="alternate" TYPE="application/rss+xml" TITLE="RSS" HREF="http://{CA_HOST}/backend.rdf">
</HEAD>
<BODY BGCOLOR="#FFFFFF" TEXT="#000000" LINK="#006699" VLINK="#003366">
<TABLE WIDTH="100%" BORDER=0 CELLPADDING=4 CELLSPACING=0 BGCOLOR="#006699"><TR>
<TD><A HREF="/"><IMG SRC="/images/ferryhouse_logo.gif" WIDTH=220 HEIGHT=48 BORDER=0 ALT="{CA_SITE}"></A></TD>
<TD ALIGN=right VALIGN=bottom><FONT FACE="arial, Helvetica, Sans-Serif" SIZE=2 COLOR="#FFFFFF">{esc(CA_TAGLINE)}</FONT></TD></TR></TABLE>
<TABLE WIDTH="100%" BORDER=0 CELLPADDING=3 CELLSPACING=0 BGCOLOR="#CCDDEE"><TR><TD>{SCOOP_FONT}{menu}</FONT></TD></TR></TABLE>
{banner}<TABLE WIDTH="100%" BORDER=0 CELLPADDING=8 CELLSPACING=0><TR>
<TD VALIGN=top WIDTH="74%">
{story}
<BR>
<TABLE WIDTH="100%" BORDER=0 CELLPADDING=3 CELLSPACING=0><TR><TD BGCOLOR="#E6E6E6">{SCOOP_FONT}<B>{esc(p.title)}</B> | {esc(comment_bar)} | <A HREF="/comments/{m["sid"]}/post">Add your comment</A></FONT></TD></TR>
<TR><TD><FORM ACTION="/story/{m["sid"]}" METHOD="GET">{SCOOP_FONT}Display: <SELECT NAME="commentmode"><OPTION>Threaded</OPTION><OPTION>Nested</OPTION><OPTION>Flat</OPTION></SELECT> Sort: <SELECT NAME="commentorder"><OPTION>Highest Rated First</OPTION><OPTION>Oldest First</OPTION><OPTION>Newest First</OPTION></SELECT> <INPUT TYPE="submit" VALUE="Set"></FONT></FORM></TD></TR></TABLE>
{comment_html}</TD>
<TD VALIGN=top WIDTH="26%" BGCOLOR="#F5F5F5">
<TABLE WIDTH="100%" BORDER=0 CELLPADDING=3><TR><TD BGCOLOR="#006699">{SCOOP_FONT}<FONT COLOR="#FFFFFF"><B>Related Links</B></FONT></FONT></TD></TR><TR><TD>{SCOOP_FONT}{related}</FONT></TD></TR></TABLE>
<BR>
<TABLE WIDTH="100%" BORDER=0 CELLPADDING=3><TR><TD BGCOLOR="#006699">{SCOOP_FONT}<FONT COLOR="#FFFFFF"><B>Other stories in {esc(p.level)}</B></FONT></FONT></TD></TR><TR><TD>{SCOOP_FONT}{others}</FONT></TD></TR></TABLE>
<BR>
<TABLE WIDTH="100%" BORDER=0 CELLPADDING=3><TR><TD BGCOLOR="#006699">{SCOOP_FONT}<FONT COLOR="#FFFFFF"><B>Login</B></FONT></FONT></TD></TR><TR><TD><FORM ACTION="/login" METHOD="POST">{SCOOP_FONT}Username: <INPUT TYPE="text" NAME="uname" SIZE=12><BR>Password: <INPUT TYPE="password" NAME="pass" SIZE=12><BR><INPUT TYPE="submit" VALUE="Login"><BR><A HREF="/newuser">Make a new account</A></FONT></FORM></TD></TR></TABLE>
</TD></TR></TABLE>
<HR NOSHADE SIZE=1>
<CENTER>{SCOOP_FONT}{esc(foot)}</FONT></CENTER>
</BODY>
</HTML>
"""


# ---- 4. lundy: writers' articles on Suite101 ---------------------------------------------------------------------

LU_WRITERS = ["Rhiannon Gwynne-Price", "Owain Talbot", "Bethan Mabey", "Huw Carrow", "Delyth Ambrose", "Iestyn Rowe",
              "Morwenna Hext", "Aled Pennock"]
LU_NAV = ["Home", "Arts & Entertainment", "Business & Finance", "Education", "Health", "History", "Science",
          "Travel", "Write for Suite101"]
LU_NOTE_LABELS = ["Writer's aside:", "Quick context:", "Elsewhere at the time:", "Background note:"]
LU_NOTES = [
    "school textbooks usually give this part a single line",
    "the figures in this section vary a good deal from one source to another",
    "most of the surviving letters on this point are held in local archives",
    "this is the part of the story most often left out of documentaries",
    "similar arguments were made about other places in the same years",
    "later historians have been kinder to the people involved here",
    "the newspapers of the day reported this section of events very differently",
]
LU_BANNERS = [
    "Suite101 is changing its look: article pages will move to the new design over the coming weeks.",
    "Writers: the monthly topic challenge on local history closes on Friday.",
    "Some comment notifications were delayed this week and have now been sent.",
]
LU_CREDIT = "Adapted by the writer from an essay first written for a university history course."
LU_DECKS = [
    "The one-line version of {x} leaves most of it out. A closer look at {s1} suggests a messier story.",
    "What really lay behind {x}? This article weighs {s1} against the familiar explanation.",
    "{People} left a complicated record. Here is what it says about {x}.",
    "A second look at {x}, from {s1} to {s2}, and at why the usual account persists.",
]
LU_THREE = ["Why {s1} matters more than it seems", "What {people} could and could not control",
            "How the familiar story of {x} took shape"]
LU_SIDE = ["Ancient History", "Medieval History", "Modern History", "Military History", "Maritime History",
           "Social History", "World History"]


def lu_meta(title: str) -> dict:
    h = number("lundy", "meta", title, mod=10**9)
    return dict(writer=LU_WRITERS[h % len(LU_WRITERS)], aid=100000 + (h // 3) % 800000,
                href=f"/content/{slug(title)[:60]}-a{100000 + (h // 3) % 800000}")


def lundy(p: Page) -> str:
    rng = p.rng
    site = "lundy"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    card, m = p.card, lu_meta(p.title)
    drop = [True]

    def para(v: str, k: int) -> str:
        if drop[0]:
            drop[0] = False
            return f'<p class="article_text"><span class="dropcap">{esc(v[0])}</span>{esc(v[1:])}</p>'
        return f'<p class="article_text">{esc(v)}</p>'

    pieces = shown_pieces(p, lambda v: f'<h2 class="subhead">{esc(v)}</h2>', para,
                          lambda v: f'<blockquote class="article_quote"><p>{esc(v)}</p></blockquote>', plain_list)
    n_essay = len(pieces)
    if carries(site, "aside", 13, p):
        label = rng.choice(LU_NOTE_LABELS)
        text = pick_note(LU_NOTES, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<div class="inline_note"><strong>{esc(label)}</strong> {esc(text)}</div>'))
        p.clutter.append(f"{label} {text}")
    # pull quote: a sentence of this very essay, repeated in large type further down
    if carries(site, "pull", 8, p):
        shown = [block_text(b) for b in p.visible()[1:] if b[0] == "paragraph" and not block_text(b).endswith(":")]
        sentences = [s for q in shown for s in re.split(r"(?<=[.?!])\s+", q) if 8 <= len(s.split()) <= 30]
        if sentences:
            pulled = rng.choice(sentences)
            slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", f'<blockquote class="pullquote"><span>\u201c{esc(pulled)}\u201d</span></blockquote>'))
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"{cap(card['setting'])} - Photo: Wikimedia Commons, public domain"
            piece = (f'<div class="article_photo"><img src="http://www.suite101.com/files/images/{digest(site, "ph", p.title, n=10)}.jpg" width="300" height="200" alt="{html.escape(card["setting"])}" />'
                     f'<p class="photo_caption">{esc(caption)}</p></div>')
        else:
            caption = f"Video: a short documentary on {card['x']}"
            vid = digest(site, "vid", p.title, n=11)
            piece = (f'<div class="article_video"><iframe width="400" height="250" src="http://youtube.com/embed/{vid}" frameborder="0"></iframe>'
                     f'<p class="photo_caption">{esc(caption)}</p></div>')
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        wall = (f"Continue reading: the remaining {fmt_int(p.rest_words())} words of this article are open to "
                "registered readers. Registration is free.")
        pieces.append(("wall", f'<div class="register_wall"><p>{esc(wall)}</p><a class="button" href="/register">Register now</a></div>'))
        p.clutter += [wall, "Register now"]
    if p.cut is None and p.refs:
        pieces.append(("heading", '<h2 class="subhead">Works Cited</h2>'))
        pieces.append(("refs", "\n".join(f'<p class="sources">{mk}</p>' for _, mk in p.refs)))
    body = "\n".join(h for _, h in pieces)
    slots = dict(x=card["x"], X=cap(card["x"]), s1=card["strands"][0], s2=card["strands"][1], people=card["people"],
                 People=cap(card["people"]))
    deck = rng.choice(LU_DECKS).format(**slots)
    p.clutter.append(deck)
    three = [t.format(**slots) for t in LU_THREE]
    box = ('<div class="three_things"><h3>Three things to take away</h3><ul>'
           + "".join(f"<li>{esc(cap(t))}</li>" for t in three) + "</ul></div>")
    p.clutter += ["Three things to take away"] + [cap(t) for t in three]
    ahead = placed_before(site, "three", p)
    published = date(2008, 3, 1) + timedelta(days=rng.randint(0, 1300))
    updated = published + timedelta(days=rng.randint(20, 400))
    views = rng.randint(150, 41000)
    counts = f"Article length: {fmt_int(p.words)} words \u00b7 {p.pages} {'page' if p.pages == 1 else 'pages'} to print"
    info = [f"Published {published.strftime('%b %d, %Y')}", f"Updated {updated.strftime('%b %d, %Y')}", counts,
            f"{fmt_int(views)} views"]
    p.clutter += info
    credit = ""
    if carries(site, "credit", 6, p):
        credit = f'<p class="article_note"><em>{esc(LU_CREDIT)}</em></p>\n'
        p.clutter.append(LU_CREDIT)
    rights = f"Copyright {m['writer']}. Contact the author to obtain permission for republication."
    byline = f"{published.strftime('%b %d, %Y')} {m['writer']}"
    p.clutter += [rights, byline, "Suite101 writer", p.grade]
    # comments
    names = ["Gwen", "PaulT", "history_fan", "Marianne K", "R. Lloyd", "a teacher"]
    texts = ["A clear and balanced article, thank you.", "I had never heard about this. Fascinating.",
             "You might add a map for readers who do not know the area.", "Very useful for my son's homework.",
             "Well researched, though I would question the last section.", "Please write more on this period!"]
    comments = ""
    for who, said in rng.sample(list(zip(names, texts)), rng.randint(0, 3)):
        when = updated + timedelta(days=rng.randint(1, 90))
        line = f"{who}, {when.strftime('%b %d, %Y')}"
        comments += f'<li class="comment"><p>{esc(said)}</p><p class="comment_by">{esc(line)}</p></li>'
        p.clutter += [said, line]
    # popular articles: three other pages, each with its figures sentence
    popular = ""
    for t in rng.sample(p.others, 3):
        mt = lu_meta(t)
        sen = figures_of(t)
        popular += (f'<li><a href="{mt["href"]}">{esc(t)}</a> <span class="by">{esc(mt["writer"])}</span><br />'
                    f'<span class="keyfig">Key figure: \u201c{esc(sen)}\u201d</span></li>')
        p.clutter += [t, f"Key figure: \u201c{sen}\u201d", sen]
    about = f"{m['writer']} writes on {p.topic} for Suite101 and has published {rng.randint(8, 160)} articles."
    p.clutter += [about, f"Popular articles in {p.level}", "About the writer", "Ads by Google", "Explore History",
                  "Insightful writers. Informed readers.", "Write for Suite101", "Add a comment"]
    banner = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div id="site_message"><p>{esc(LU_BANNERS[turn])}</p></div>\n'
        p.clutter.append(LU_BANNERS[turn])
    ads = "".join(f'<li><a href="http://googleads.g.doubleclick.net/aclk?sa=l&amp;ai={digest(site, "ad", k, n=12)}">{t}</a><br />{d}</li>'
                  for k, (t, d) in enumerate(rng.sample([("Family History Records", "Search census and parish records online."),
                                                         ("History Degree Online", "Study part-time from home."),
                                                         ("Old Maps Reprinted", "County maps from the 1800s, framed."),
                                                         ("Cruise the Atlantic Coast", "Late deals on autumn sailings.")], 2)))
    p.clutter += [d for d in ("Family History Records", "History Degree Online", "Old Maps Reprinted", "Cruise the Atlantic Coast") if d in ads]
    side = "".join(f'<li><a href="/history/{slug(s)}">{s}</a></li>' for s in LU_SIDE)
    foot = "\u00a9 2011 Suite101.com. All rights reserved. Articles are the property of their writers."
    p.clutter.append(foot)
    nav = "".join(f'<li><a href="/{slug(k)}">{esc(k)}</a></li>' for k in LU_NAV)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:og="http://opengraphprotocol.org/schema/">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(p.title)} | Suite101.com</title>
<meta name="description" content="{html.escape(deck)}" />
<link rel="canonical" href="http://www.suite101.com{m["href"]}" />
<meta property="og:title" content="{html.escape(p.title)}" />
<meta property="og:url" content="http://www.suite101.com{m["href"]}" />
<link rel="stylesheet" type="text/css" href="http://static.suite101.com/css/article.{digest(site, 'css', n=8)}.css" />
<script type="text/javascript" src="http://pagead2.googlesyndication.com/pagead/show_ads.js"></script>
</head>
<body class="article_page">
<div id="header"><a id="logo" href="/"><img src="http://static.suite101.com/images/suite101_logo.png" alt="Suite101" width="160" height="40" /></a> <span class="tagline">Insightful writers. Informed readers.</span>
<form id="search" action="/search" method="get"><input type="text" name="q" /> <button type="submit">Search</button></form></div>
<ul id="mainnav">{nav}</ul>
{banner}<div id="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/history">History</a> &rsaquo; <a href="/history/{slug(p.level)}">{esc(p.level)}</a></div>
<div id="page">
<div id="content">
<div id="article">
<h1 class="article_title">{esc(p.title)}</h1>
<div class="byline"><span class="date">{published.strftime('%b %d, %Y')}</span> <a class="author" href="/profile/{slug(m["writer"])}">{esc(m["writer"])}</a> <span class="writer_label">Suite101 writer</span> <span class="badge">{esc(p.grade)}</span></div>
<p class="article_text summary">{esc(deck)}</p>
<div class="article_body">
{(box + chr(10)) if ahead else ""}{body}
{"" if ahead else box}
</div>
{credit}<div class="article_info">{" &middot; ".join(esc(i) for i in info)}</div>
<p class="copyright">{esc(rights)}</p>
</div>
<div id="author_box"><h3>About the writer</h3><img src="http://static.suite101.com/avatars/{digest(site, m["writer"], n=10)}.jpg" width="60" height="60" alt="" /><p>{esc(about)}</p></div>
<div id="comments"><h3>Comments</h3><ul>{comments}</ul><a href="#add" class="button">Add a comment</a></div>
<div id="popular"><h3>Popular articles in {esc(p.level)}</h3><ul>{popular}</ul></div>
</div>
<div id="sidebar">
<div class="adbox"><h4>Ads by Google</h4><ul>{ads}</ul></div>
<div class="sidebox"><h4>Explore History</h4><ul>{side}</ul></div>
<div class="sidebox"><h4>Write for Suite101</h4><p>Share what you know and earn from your articles. <a href="/join">Apply now</a></p></div>
</div>
</div>
<div id="footer"><p><a href="/about">About</a> | <a href="/terms">Terms of Use</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact</a></p><p>{esc(foot)}</p></div>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------------------- main

SITES = {  # name: writer, how many teasers, how many with references, twin pages (none here)
    "skomer": (skomer, 3, 4, None),     # GeoCities by hand: set question over a font-run title, counts after the text
    "bardsey": (bardsey, 3, 4, None),   # MySpace blog: a second diary entry in the same markup moves around the essay
    "caldey": (caldey, 2, 4, None),     # Scoop: the intro in a table of its own, inline updates, queue record moves
    "lundy": (lundy, 3, 3, None),       # Suite101: summary deck, drop capital, pull quotes, moving "three things" list
}


def units_of(essay: dict) -> set[str]:
    """Normalised text of each block (headings aside) longer than five words, list items likewise."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int, need: int) -> list[dict]:
    """Walks the shuffled cards until `need` essays are kept; cards whose essays overlap a kept essay
    (a unit of either found inside the other) are skipped."""
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
    ap.add_argument("--seed", type=int, default=2022)
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
