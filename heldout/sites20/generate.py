"""Writes the TWENTIETH held-out set of essay-site folders (issue 13, learning a site from its first pages).

    /work/main/.venv/bin/python heldout/sites20/generate.py /work/corpora/sites20-heldout [--seed 2020]

It makes four made-up essay-sample sites of 18 pages apiece, each in a family of markup that none of the sets
before it (heldout/sites/ up to sites19/) copies. Every page is written as OUTDIR/<site>/page-NN.html, and the
matching truth file (the format of bench/scoring.py) goes into the truth subfolder beside it. The essays are composed
here from topic cards (ESSAY_CARDS) and sentence patterns that sets one to nineteen do not contain, so the tool under
test has never met their wording. Each card is used on one page at most; OUTDIR/SOURCES.tsv says where. A given seed
reproduces the pages byte for byte.

Sites (markup families):
  tiree     a CONTENTdm digital collection of a library: prize essays by school pupils, typed up by volunteers.
            The essay is the value of a "Transcript" field; twelve pages use the older CONTENTdm 6 layout, where
            that field is one row of the item's metadata table, and six use the newer CONTENTdm 7 layout, where it
            sits in a panel of its own above the table. "[Page 2]" lines mark the handwritten pages, volunteers'
            bracketed notes sit between paragraphs, and "Elsewhere in this collection" quotes the first sentence
            of other entries
  colonsay  a teacher's site made with Apple iWeb 3 and published to MobileMe: every piece of the page is an
            absolutely placed text box, the class names are numbered afresh on every page, there are no heading
            elements, and on some pages the title box comes after the essay in the source. The teacher's margin
            notes and a pull quote are boxes of their own between the essay's boxes; "Other essays to study"
            quotes each other essay's thesis sentence
  berneray  a community site on the Everything engine ("nodes" holding "writeups"): the node title is the h1,
            the essay is one writeup among others on eight pages (a short one by another member comes first on
            three), hard links run through the text, editors' bracketed notes sit between paragraphs, and a
            "Stray Facts" nodelet quotes the second fact of other essays
  mingulay  a university student newspaper on College Publisher 5: table layout, the headline in a span, a deck,
            a drop cap, pull quotes taken from the essay itself, inline advertisements between paragraphs, a story
            split over two web pages on teaser pages, reader responses; "Also in Viewpoint" quotes the opening of
            the last strand paragraph of other essays

Unchanged helpers from sites/, sites2/ and sites3/ write each truth, build the folder tree and decide which pages are
cut short and which end with a list of works cited.
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
# Eleven fields a line, split by "|": title, subject, x (a noun phrase), people (a plural noun phrase), setting,
# period, three strands (split by ";"), thesis and rival (clauses that can follow "that"), then two facts. A fact
# holds exactly one full stop, its last character, so cutting a paragraph into sentences never splits a fact.

ESSAY_CARDS = """
Found Drifting Off the Azores | maritime history | the mystery of the Mary Celeste | a merchant captain, his family and the crew of the Dei Gratia | the Atlantic between New York and the Strait of Gibraltar | 1872 to 1884 | the ship found sailing with nobody aboard; the salvage hearing at Gibraltar; the fictions later written about the ship | the mystery was largely manufactured by writers who improved on a modest salvage case | the crew must have been murdered by pirates or mutineers | The Mary Celeste was found abandoned but seaworthy by the crew of the Dei Gratia in December 1872. | A short story published in the Cornhill Magazine in 1884 spread an invented version of the case.
A Statue in Battersea | science and society | the Brown Dog affair | anti-vivisection campaigners, medical students and the police | a drinking fountain memorial in Battersea | 1903 to 1910 | the lecture at which a terrier was dissected; the libel case brought by a physiologist; the riots by students against the memorial | the affair was as much about class and gender as about animals | the quarrel was simply a fight between cruelty and science | A statue of a brown terrier was unveiled in Battersea in 1906 as a memorial to a dog used in experiments. | The council removed the statue at night in March 1910.
Oil Under the Navy's Land | politics | the Teapot Dome scandal | oilmen, a cabinet secretary and Senate investigators | the naval oil reserves of Wyoming and California | 1921 to 1929 | the leases granted without competitive bidding; the loans delivered in a little black bag; the Senate hearings into the leases | the scandal showed how the conservation of oil had become a matter of party politics | the affair was the work of one corrupt man | The Teapot Dome reserve in Wyoming was leased to an oil company controlled by Harry Sinclair in 1922. | Albert Fall became the first former cabinet member to go to prison for crimes committed in office.
The Armour at Glenrowan | history | the last stand of the Kelly gang | bushrangers, police and the selector families of north-east Victoria | the inn at Glenrowan in Victoria | 1878 to 1880 | the home-made armour of plough mouldboards; the siege of the inn at Glenrowan; the trial and hanging in Melbourne | Kelly's fame owed more to the grievances of poor selectors than to his own deeds | Kelly was simply a criminal whom later writers turned into a hero | Ned Kelly was captured after a siege at Glenrowan in June 1880. | He was hanged at the Melbourne Gaol in November 1880.
The Ride to Johannesburg | imperial history | the Jameson Raid | Cape politicians, mine owners and Transvaal burghers | the veld between Pitsani and Johannesburg | 1895 to 1896 | the rising in Johannesburg that never came; the surrender at Doornkop; the telegram from the German emperor to President Kruger | the raid failed because the conspiracy behind it was never sure of its own purpose | the raid was a reckless private adventure by one man | Leander Starr Jameson led about five hundred armed men into the Transvaal at the end of December 1895. | The raiders surrendered at Doornkop on 2 January 1896.
Born at Oldham | history of medicine | the birth of the first baby conceived by in vitro fertilisation | a gynaecologist, a physiologist and a couple from Bristol | the general hospital at Oldham in Lancashire | 1968 to 1978 | the years of failed attempts; the natural cycle that finally worked; the newspaper bidding for the story | the breakthrough depended on a decade of patient collaboration between a clinic and a laboratory | the birth was a sudden leap achieved by one brilliant doctor | Louise Brown was born at Oldham General Hospital in July 1978. | The procedure had been developed by Patrick Steptoe and Robert Edwards.
Two Bears Named Teddy | social history | the rise of the teddy bear | toymakers, cartoonists and children | toy workshops in Brooklyn and in Giengen in Germany | 1902 to 1908 | the cartoon of a president refusing to shoot a bear; the jointed bears sewn by the Steiff family; the craze among adults as well as children | the teddy bear succeeded because two unconnected businesses met the same demand at once | the toy was invented by a single American shopkeeper | A cartoon of 1902 showed Theodore Roosevelt refusing to shoot a captive bear in Mississippi. | The Steiff company showed a jointed toy bear at the Leipzig toy fair in 1903.
Strips With Holes | history of technology | the invention of Meccano | a Liverpool clerk, engineers and schoolboys | a workshop in Liverpool | 1898 to 1914 | the metal strips punched at half-inch intervals; the early sets sold as Mechanics Made Easy; the magazine and clubs that kept boys buying | Meccano sold an idea of engineering as a career as much as a toy | Meccano was a simple toy whose success needs no explanation | Frank Hornby patented his construction system, first sold as Mechanics Made Easy, in 1901. | The name Meccano was registered as a trade mark in 1907.
Mr Punch's First Number | media | the founding of Punch | journalists, engravers and middle-class readers | a printing office off Fleet Street | 1841 to 1850 | the cartoons that borrowed their name from fresco designs; the comic almanacs that rescued its finances; the poem about a seamstress that sold out an issue | Punch moved from radical satire to comfortable humour because of its readers rather than its editors | Punch was respectable from the start | Punch, or The London Charivari, first appeared in July 1841. | The word cartoon took its modern sense from a satire in Punch on designs for the new Houses of Parliament in 1843.
The Hare at Belle Vue | sport | the arrival of greyhound racing in Britain | promoters, bookmakers and working-class crowds | the Belle Vue stadium in Manchester | 1926 to 1934 | the mechanical hare brought from America; the evening meetings under electric light; the campaign against betting at the tracks | greyhound racing flourished because it fitted the hours and pockets of industrial workers | greyhound racing was a passing fad that spread by novelty alone | The first greyhound race in Britain with a mechanical hare on an oval track was held at Belle Vue in Manchester in July 1926. | The White City stadium in London began holding greyhound races in 1927.
Flour Bombs Over Eden Park | sport | the Springbok rugby tour of New Zealand in 1981 | rugby players, protesters and police | rugby grounds from Gisborne to Auckland | 1981 | the match at Hamilton abandoned after protesters invaded the pitch; the police squads with long batons; the final test disrupted by a light aircraft | the tour divided New Zealand over its own identity as much as over apartheid | the protests were about South Africa and nothing else | The Springbok match at Hamilton in July 1981 was cancelled after protesters occupied the pitch. | During the final test in Auckland a light aircraft dropped flour bombs on the field.
Lions on the Railway | imperial history | the story of the Tsavo man-eaters | railway labourers, a British engineer and two lions | the railway bridge over the Tsavo River in Kenya | 1898 | the labourers dragged from their tents at night; the halt in the building of the bridge; the book that made the lions famous | the story of the lions has been shaped by the engineer who killed them | the lions killed well over a hundred men, exactly as reported | Two lions killed workers building a railway bridge over the Tsavo River in 1898. | The engineer in charge of the bridge works shot both lions in December 1898.
The Hunting Lodge | history | the tragedy at Mayerling | an imperial heir, a young baroness and the Habsburg court | a hunting lodge in the Vienna Woods | 1889 | the bodies found in a locked room; the official statements that kept changing; the later rumours of murder | the cover-up did more to create the mystery than the deaths themselves | the heir and his companion were victims of a political murder | Crown Prince Rudolf of Austria and Baroness Mary Vetsera were found dead at Mayerling in January 1889. | The emperor later had the lodge turned into a Carmelite convent.
Off St Nazaire | military history | the sinking of the Lancastria | soldiers, civilians and the crew of a requisitioned liner | the Loire estuary off St Nazaire | 1940 | the evacuation after the fall of France; the bombs that struck the crowded ship; the news withheld by the government | the disaster was remembered so little because secrecy suited everyone concerned | later writers have exaggerated the death toll | The troopship Lancastria was sunk by German aircraft off St Nazaire in June 1940. | Churchill forbade publication of the news at the time.
Rehearsal in Lyme Bay | military history | the disaster of Exercise Tiger | American soldiers, German torpedo boats and the Devon villagers moved out | Slapton Sands in Devon | 1943 to 1944 | the villages evacuated for training; the torpedo boats that attacked the landing ships; the secrecy before D-Day | the losses were caused by failures of coordination more than by bad luck | the disaster was deliberately covered up for decades | Exercise Tiger was a rehearsal for the D-Day landings held at Slapton Sands in April 1944. | German torpedo boats attacked the convoy in Lyme Bay, and more than seven hundred Americans died.
Conscripted to the Coal Face | social history | the Bevin Boys scheme | young conscripts, miners and the Ministry of Labour | the collieries of England, Scotland and Wales | 1943 to 1948 | the ballot that chose one conscript in ten; the training at pithead centres; the decades without official recognition | the scheme's reputation suffered because the men it chose had no say and no uniform | the scheme was an efficient answer to the coal shortage | From December 1943 one in ten young men called up for national service was directed to work in the coal mines. | The men chosen became known as Bevin Boys after the minister of labour, Ernest Bevin.
A Message From the Queen | history of technology | the cable laid across the Atlantic in 1858 | financiers, electricians and the crews of two warships | Valentia Island in Ireland and Trinity Bay in Newfoundland | 1857 to 1866 | the cable laid from two ships meeting in mid-ocean; the faint signals that failed within weeks; the lasting cable laid in 1866 | the failure of 1858 taught lessons that made the later success possible | the first cable was a pointless fiasco | Queen Victoria exchanged messages with President Buchanan over the first Atlantic cable in August 1858. | The cable failed after only a few weeks of service.
Cast Iron in Lower Thames Street | architecture | the demolition of the Coal Exchange | conservationists, the City Corporation and road engineers | Lower Thames Street in the City of London | 1849 to 1962 | the rotunda of cast iron and glass; the plan to widen the road; the offers to re-erect the ironwork elsewhere | the loss hardened the resolve of the new conservation movement more than any other demolition | the building had to go because nobody could find a use for it | The Coal Exchange was opened by Prince Albert in 1849. | It was demolished in 1962 to widen Lower Thames Street.
Contrasts in Stone | architecture | Pugin's campaign for the Gothic | a young designer, church builders and critics | London, Ramsgate and the new Palace of Westminster | 1836 to 1852 | the book that set medieval towns against modern ones; the interiors of the Palace of Westminster; the churches built on tight budgets | Pugin's influence came from his polemics at least as much as from his buildings | Pugin simply revived a style that was already popular | Augustus Pugin published his book Contrasts in 1836. | He built his own house and church at Ramsgate in Kent.
Supper by Lamplight | social history | the pleasure garden at Vauxhall | Londoners of every class, musicians and proprietors | the pleasure gardens on the south bank of the Thames | 1732 to 1859 | the shilling entrance and the lamps lit all at once; the supper boxes hung with paintings; the balloon ascents and fireworks of the later years | the gardens sold the appearance of social mixing rather than the reality | the gardens were a place where all classes mixed freely | Jonathan Tyers reopened Vauxhall Gardens as a fashionable resort in 1732. | The gardens closed for the last time in 1859.
Twenty-One Hours in the Channel | sport | Matthew Webb's Channel swim | a merchant navy captain, his support boat crew and the sporting press | the Strait of Dover | 1875 to 1883 | the breaststroke kept up for almost twenty-two hours; the jellyfish stings and tides that pushed him off course; the stunts that ended at Niagara | the swim made Webb a celebrity whose fame he then had to keep earning | Webb's swim was a simple triumph of endurance | Matthew Webb became the first person recorded swimming the English Channel without artificial aids in August 1875. | Webb died trying to swim the rapids below Niagara Falls in 1883.
Cast at Coalbrookdale | history of technology | the Iron Bridge over the Severn | ironmasters, shareholders and bargemen | the Severn Gorge in Shropshire | 1775 to 1781 | the parts cast at Coalbrookdale; the joints copied from carpentry; the fame that drew artists and tourists | the bridge was built as an advertisement for the district's iron as much as a crossing | the bridge was a triumph of engineering science | The Iron Bridge across the Severn was erected in 1779. | It opened to traffic on New Year's Day 1781.
Moving the Temples | archaeology | the relocation of the Abu Simbel temples | Egyptian officials, UNESCO engineers and Nubian villagers | the banks of the Nile in southern Egypt | 1959 to 1968 | the international appeal launched by UNESCO; the cutting of the temples into huge blocks; the Nubians moved from their villages | the rescue of the monuments overshadowed the displacement of the people who lived beside them | the relocation was a pure triumph of international cooperation | The temples of Abu Simbel were cut into blocks and moved to higher ground between 1964 and 1968. | The move was needed because the reservoir behind the Aswan High Dam would otherwise have drowned them.
The Lake Behind the Wall | environmental history | the building of the Kariba Dam | colonial engineers, the Tonga people and wildlife rangers | the Zambezi valley between Northern and Southern Rhodesia | 1955 to 1960 | the resettlement of the Tonga; the floods that twice damaged the works; the rescue of animals stranded by the rising water | the dam served the copper mines and the federation more than the people of the valley | the dam was a neutral engineering project | More than fifty thousand Tonga people were moved from the Zambezi valley to make way for Lake Kariba. | A rescue effort called Operation Noah saved thousands of animals stranded by the rising water.
A Valley for a City | environmental history | the damming of Hetch Hetchy | a naturalist, the city of San Francisco and Congress | the Hetch Hetchy valley in Yosemite National Park | 1906 to 1923 | the city's search for water after the earthquake; the campaign led by John Muir; the act of Congress that settled the matter | the fight defined American conservation by losing it | the dam was a straightforward victory of progress over wilderness | Congress passed the Raker Act permitting a dam in the Hetch Hetchy valley in December 1913. | The O'Shaughnessy Dam was completed in 1923.
Water for Manchester | environmental history | the Thirlmere reservoir scheme | Manchester's water committee, Lake District campaigners and farmers | the valley of Thirlmere in Cumberland | 1877 to 1894 | the defence association formed to oppose the scheme; the parliamentary battle over the bill; the aqueduct nearly a hundred miles long | the campaign against the scheme founded the modern idea of a protected landscape | the opponents were merely sentimental gentlemen | Manchester obtained parliamentary powers to take water from Thirlmere in 1879. | Water from Thirlmere first reached Manchester in 1894.
The Bear Cub Crowd | social history | the craze for Brumas the polar bear | zookeepers, newspaper editors and visitors | the zoo in Regent's Park | 1949 to 1950 | the first polar bear cub reared at the zoo; the daily newspaper reports; the record crowds at the gates | the craze reveals how post-war newspapers made celebrities of animals | Brumas was popular simply because cubs are appealing | Brumas was born at London Zoo in November 1949. | London Zoo had a record number of visitors in 1950.
The Leaping Man | folklore | the Spring-heeled Jack scare | frightened servants, magistrates and writers of penny dreadfuls | the outskirts of London | 1837 to 1904 | the reports of a leaping attacker in 1837 and 1838; the complaint read out by the Lord Mayor; the penny dreadfuls that made him a hero | the scare grew through newspapers and rumour rather than from any single culprit | one real prankster was responsible for all the sightings | The Lord Mayor of London read out a complaint about a leaping ghost in January 1838. | Jane Alsop reported being attacked by a figure who breathed fire in February 1838.
The Most Haunted House | folklore | the Borley Rectory haunting | a psychical researcher, the rectors' families and newspaper readers | a rectory in Essex near the Suffolk border | 1929 to 1956 | the investigation launched by a national newspaper; the writing that appeared on the walls; the report that accused the investigator of fraud | the haunting was created by the publicity that surrounded it | the haunting was a deliberate fraud by one man | A national newspaper reported ghosts at Borley Rectory in June 1929. | The rectory was badly damaged by fire in 1939.
Through the Window and Back | folklore | the career of the medium Daniel Dunglas Home | a Scottish medium, sceptical scientists and aristocratic sitters | drawing rooms in London and Paris | 1855 to 1871 | the seances held in good light; the claim that he floated out of a window; the tests made by William Crookes | Home succeeded because he performed for people who wanted their social world confirmed | Home must have been exposed as a fraud | Daniel Dunglas Home was said to have floated out of one window and in at another in London in 1868. | The chemist William Crookes tested Home in 1871.
Knives in the Park | politics | the double murder in Phoenix Park | a secret society, Irish officials and Dublin Castle | Phoenix Park in Dublin | 1882 to 1883 | the killing of two officials on a summer evening; the informer who betrayed the killers; the effect on the truce between the government and the Irish party | the murders damaged the cause of Irish self-government more than any British policy | the murders were planned by the Fenian leadership | The new chief secretary for Ireland and his under-secretary were stabbed to death in Phoenix Park in May 1882. | The killers belonged to a group called the Irish National Invincibles.
A Whaler Off Fremantle | history | the Catalpa rescue | Irish prisoners, American Fenians and the crew of a whaling ship | the coast near Fremantle in Western Australia | 1875 to 1876 | the whaling ship bought to carry the escape; the prisoners' run to a rowing boat; the standoff with a colonial steamer | the rescue worked because it was planned as a piece of theatre as much as an escape | the escape was a lucky improvisation | Six Irish prisoners escaped from Fremantle on the American whaling ship Catalpa in April 1876. | The Catalpa had sailed from New Bedford in Massachusetts in 1875.
Rivers Turned Inland | economic history | the Snowy Mountains Scheme | engineers, migrant workers and politicians | the Snowy Mountains of New South Wales | 1949 to 1974 | the diversion of rivers inland through tunnels; the workers from more than thirty countries; the towns built and later flooded | the scheme shaped modern Australia through its workers as much as through its water | the scheme was justified by its electricity alone | Work on the Snowy Mountains Scheme began in October 1949. | The scheme was declared complete in 1974.
Red on the Map | imperial history | the Cape to Cairo railway | an imperialist, financiers and railway builders | the territories between the Cape and Egypt | 1890 to 1931 | the plan to link British territory from south to north; the bridge over the Zambezi at Victoria Falls; the gaps that were never closed | the railway was a slogan more than a plan | the railway failed only for lack of money | Cecil Rhodes promoted a railway from the Cape to Cairo through British territory. | The Victoria Falls Bridge was opened in 1905.
A Lieutenant's Insult | politics | the Zabern affair | a young Prussian officer, Alsatian townspeople and the Reichstag | the garrison town of Zabern in Alsace | 1913 to 1914 | the officer's insult to the local people; the arrests made by soldiers without legal authority; the vote of no confidence in the Reichstag | the affair showed that the army answered to the emperor rather than to parliament | the affair was a local quarrel blown up by newspapers | A lieutenant's insulting remarks about Alsatians caused protests in Zabern in November 1913. | The Reichstag passed a vote of no confidence in the chancellor in December 1913.
Nine Miles Under the Alps | history of technology | the building of the Gotthard rail tunnel | a Genevan contractor, Italian miners and Swiss railway directors | the Gotthard massif between Göschenen and Airolo | 1872 to 1882 | the compressed-air drills; the deaths of miners and the strike at Göschenen; the contractor who died inside the tunnel | the tunnel was paid for in workers' lives in a way its celebrations hid | the tunnel was a triumph of engineering alone | The Gotthard rail tunnel opened in 1882. | Louis Favre, the contractor, died of a heart attack inside the tunnel in 1879.
Letters and Numbers | social history | the introduction of postcodes in Britain | Post Office planners, sorting staff and householders | the city of Norwich and the sorting offices that followed | 1959 to 1974 | the trial in Norwich; the coding machines in sorting offices; the slow take-up by the public | postcodes were designed for machines, and people accepted them only once they were useful for other things | the postcode was an instant success | Norwich became the first British city to be given postcodes in 1959. | Postcodes covered the whole of Britain by 1974.
Red Boxes | design | the red telephone kiosk | an architect, Post Office engineers and local councils | the streets of London and later of every British town | 1924 to 1936 | the competition won by Giles Gilbert Scott; the cast-iron kiosk with its domed roof; the cheaper model made for the jubilee | the red kiosk became a national symbol because it was standardised, not because it was admired | the kiosk was loved from the moment it appeared | Giles Gilbert Scott won a competition to design a telephone kiosk in 1924. | The smaller K6 kiosk was introduced in 1936 to mark the silver jubilee of George V.
Wheeled Into the Sea | social history | the bathing machine | seaside landladies, bathing attendants and holidaymakers | the beaches of Margate, Brighton and Scarborough | 1750 to 1914 | the wooden huts rolled into the water; the modesty hood said to be invented at Margate; the decline of separate bathing | the machine shows how seaside respectability had to be engineered | bathing machines were simply a practical convenience | Bathing machines were in use at Scarborough by the 1730s. | A Margate Quaker, Benjamin Beale, is credited with inventing the modesty hood.
A Penny on the Coupon | economic history | the rise of the football pools | Liverpool telegraphists, football clubs and millions of punters | offices in Liverpool | 1923 to 1939 | the coupons handed out outside grounds; the Football League's attempt to keep its fixture lists secret; the army of women checking entries | the pools grew because they were legally a game of skill and socially a weekly ritual | the pools were simply a form of gambling like any other | John Moores and two friends founded Littlewoods Pools in Liverpool in 1923. | In 1936 the Football League briefly withheld its fixture lists to fight the pools.
The Machine That Picks | economic history | the launch of Premium Bonds | the chancellor, Post Office engineers and bond holders | the Post Office Research Station and a machine room at Lytham St Annes | 1956 to 1957 | the budget that announced a bond with prizes; the electronic random number generator; the church opposition to gambling by the state | Premium Bonds were accepted because a machine seemed fairer than people | Premium Bonds were nothing more than a lottery | Premium Bonds went on sale in November 1956. | The first prize draw by ERNIE took place in June 1957.
Grey Bread | social history | the National Loaf | millers, the food ministry and housewives | bakeries across wartime Britain | 1942 to 1956 | the higher extraction of flour; the grumbling about colour and taste; the calcium added to flour | the loaf was an argument about nutrition disguised as a shortage measure | the National Loaf was forced on the public only by the war | The National Loaf was introduced in 1942. | It was abolished in 1956.
Army Camps and Empty Flats | social history | the squatters' movement of 1946 | homeless families, Communist councillors and the Ministry of Health | disused army camps and empty flats in Kensington | 1946 | the occupation of empty army camps; the takeover of luxury flats in London; the government's mixed response | the movement forced a housing policy on a government that had not planned for one | the squatters were pawns of a political party | Tens of thousands of people occupied disused military camps in the summer of 1946. | Squatters occupied the Duchess of Bedford House in Kensington in September 1946.
Mrs Barbour's Army | social history | the Glasgow rent strike of 1915 | tenants, munition workers and landlords | the tenements of Govan and Partick | 1915 | the women who blocked evictions; the threat of strikes in the shipyards; the law that froze rents | the strike succeeded because war production made tenants' grievances a national problem | the strike was led by male trade unionists | Tenants in Glasgow refused to pay rent increases in 1915. | Parliament froze most rents at their pre-war level in December 1915.
Tanks in Glasgow | politics | the George Square riot of 1919 | engineering workers, strike leaders and soldiers | George Square in Glasgow | 1919 | the strike for a forty-hour week; the baton charge in the square; the troops and tanks sent to the city | the government's fear of revolution reflected the mood in London rather than the danger in Glasgow | Glasgow was on the brink of a Bolshevik rising | Police charged a crowd of strikers in George Square, Glasgow, in January 1919. | Troops and tanks were sent to the city after the riot.
The Banner of the Five Wounds | history | the Pilgrimage of Grace | northern commons, a Yorkshire lawyer and the king's commanders | Yorkshire and Lincolnshire | 1536 to 1537 | the rising against the closure of the monasteries; the truce at Doncaster; the executions that followed | the rising was about government and taxation as much as about religion | the pilgrims were simply defending the old faith | Robert Aske led the rising in Yorkshire known as the Pilgrimage of Grace in 1536. | Aske was executed at York in July 1537.
Three Shot in the Churchyard | politics | the Burford mutiny | radical soldiers, army grandees and Leveller writers | the town of Burford in Oxfordshire | 1649 | the refusal to serve in Ireland; the night attack by Cromwell's troops; the execution of three leaders in the churchyard | the mutiny was crushed because the army's leaders saw it as a threat to discipline rather than an argument | the mutineers were dangerous radicals | Cromwell's troops surprised mutinous soldiers at Burford in May 1649. | Three of the mutineers were shot in Burford churchyard.
Unlimited Liability | economic history | the collapse of the City of Glasgow Bank | directors, shareholders and depositors | Glasgow and the bank's branches across Scotland | 1878 to 1879 | the bad loans hidden by false accounts; the prosecution of the bank's directors; the calls on shareholders with unlimited liability | the collapse changed the law on liability more than it changed banking practice | the directors were simple fools | The City of Glasgow Bank failed in October 1878. | Most of its shareholders were ruined because their liability was unlimited.
The Pawnshop of Bayonne | politics | the Stavisky affair | a swindler, deputies and the Paris crowds | Bayonne and Paris | 1933 to 1934 | the bonds issued by the municipal pawnshop of Bayonne; the swindler's mysterious death; the riots of February 1934 | the affair mattered because it confirmed what many already believed about the republic | the riots were a fascist attempt to seize power | Alexandre Stavisky was found dead at Chamonix in January 1934. | Riots in Paris on 6 February 1934 brought down the government.
Architect of Favours | politics | the Poulson affair | an architect, council leaders and a home secretary | Pontefract and the councils of north-east England | 1970 to 1974 | the bankruptcy hearings that exposed payments; the resignation of the home secretary; the trials of local politicians | the affair exposed a system of local government that made bribery ordinary | the affair involved a few greedy individuals | The architect John Poulson went bankrupt in 1972, revealing payments to officials. | Home Secretary Reginald Maudling resigned in July 1972.
Peanuts at Kongwa | economic history | the groundnut scheme | colonial officials, ex-army drivers and East African labourers | Kongwa in what is now Tanzania | 1946 to 1951 | the tractors converted from tanks; the hard soil and the drought; the abandonment of the plan | the scheme failed because it was planned in London for political deadlines | the scheme failed because of bad luck with the weather | The British government began a scheme to grow groundnuts in East Africa in 1947. | The scheme was abandoned in 1951 after costing more than thirty million pounds.
Cancelled in the Budget | history of technology | the cancellation of the TSR-2 | aircraft engineers, air staff and a Labour government | the test airfields at Boscombe Down and Warton | 1959 to 1965 | the specification that kept growing; the single prototype that flew; the cancellation and the breaking up of the jigs | the cancellation was caused by the project's management as much as by politics | the aircraft was killed by a hostile government | The TSR-2 strike aircraft first flew in September 1964. | The government cancelled the TSR-2 in April 1965.
Eleven Miles by Car | sport | the marathon at the 1904 Olympic Games | runners, organisers and spectators | the dusty roads around St Louis | 1904 | the runner who rode in a car; the winner kept going with strychnine and brandy; the lack of water on the course | the race exposed how little anyone then knew about endurance | the marathon was a farce caused by cheating alone | Fred Lorz was disqualified after it emerged he had travelled part of the 1904 Olympic marathon by car. | Thomas Hicks won the race after being given doses of strychnine.
The Oval Century | sport | the D'Oliveira affair | a cricketer, selectors and the South African government | the cricket grounds of England and the offices of Pretoria | 1968 to 1970 | the century at the Oval; the omission and the late recall; the cancelled tour | the affair turned a selection decision into a national test of principle | the selectors' first decision was a purely cricketing one | Basil D'Oliveira scored 158 against Australia at the Oval in August 1968. | South Africa's prime minister refused to accept a team including D'Oliveira, and the tour was cancelled.
A Thousand Miles in a Thousand Hours | sport | Captain Barclay's walking wager | a Scottish gentleman, gamblers and crowds | a measured stretch of road at Newmarket | 1809 | the mile walked in each of a thousand hours; the betting that surrounded it; the rise of professional walking contests | the feat made endurance a spectator sport | Barclay's walk was a mere gentleman's whim | Robert Barclay Allardice walked a mile in each of a thousand successive hours at Newmarket in 1809. | The walk was completed in July 1809.
Through the Rain to Exeter Hall | politics | the Mud March of 1907 | suffragists, trade unionists and supporters | the streets from Hyde Park Corner to Exeter Hall | 1907 | the march in heavy rain; the mix of classes among the marchers; the model it set for later processions | the march made constitutional suffragists visible in a way militancy did not | only the militants won public attention | More than three thousand women marched through London in the rain in February 1907. | The march was organised by the National Union of Women's Suffrage Societies.
Elected, Not Seated | politics | the election of Constance Markievicz | a countess, Sinn Féin and the House of Commons | a constituency in Dublin and Holloway prison | 1918 to 1919 | the victory in Dublin St Patrick's; the prison cell from which she won; the refusal to take the seat | the first woman elected to Westminster chose not to sit, and the choice says much about Irish politics | her election was a mere curiosity | Constance Markievicz became the first woman elected to the House of Commons in December 1918. | As a Sinn Féin member she did not take her seat.
Tablets in a Field | archaeology | the Glozel affair | a farmer's family, a country doctor and archaeologists | a field near Vichy | 1924 to 1930 | the tablets with an unknown alphabet; the international commission; the police raid on the museum | the affair was kept alive by rivalries among archaeologists | the finds were a straightforward fraud | A farmer ploughing near Vichy found the first Glozel objects in 1924. | An international commission declared the finds not ancient in 1927.
The Duke in the Coffin | law | the Druce-Portland case | claimants, a duke's heirs and the courts | Highgate Cemetery and the courts of London | 1898 to 1908 | the claim that a shopkeeper had been a duke; the witnesses who turned out to be lying; the opening of the coffin | the case shows how a good story could outlast the evidence for years | the claimants were all deliberate frauds | The Druce family claimed that the shopkeeper Thomas Druce had really been the fifth Duke of Portland. | When Druce's coffin was opened in 1907, it held the body of an old man.
The Telephone Message | law | the Wallace case | an insurance agent, his wife and the Liverpool police | a terraced house in Anfield, Liverpool | 1931 | the message left at the chess club by a caller named Qualtrough; the journey to an address that did not exist; the conviction quashed on appeal | the case was decided by the prejudices of the police rather than the evidence | Wallace must have been guilty | Julia Wallace was found murdered in her home in Liverpool in January 1931. | The Court of Criminal Appeal quashed William Wallace's conviction in May 1931.
The Wrong Man at Rillington Place | law | the case of Timothy Evans | a van driver, his neighbour and the police | a house in Rillington Place in Notting Hill | 1949 to 1966 | the confessions Evans made and withdrew; the bodies found in the same house three years later; the royal pardon | the case weakened support for capital punishment more than any argument | Evans was guilty of at least one of the murders | Timothy Evans was hanged in March 1950 for the murder of his daughter. | Evans was granted a posthumous pardon in 1966.
The Five-Shilling Postal Order | law | the Archer-Shee case | a naval cadet, his father and the Admiralty | the Royal Naval College at Osborne | 1908 to 1910 | the stolen postal order; the expulsion without a trial; the petition of right | the case mattered because it tested whether a citizen could sue the Crown | the boy was cleared because his family was rich | George Archer-Shee was expelled from the naval college at Osborne in 1908, accused of stealing a postal order. | The Admiralty admitted his innocence in 1910.
Cattle Maimings at Great Wyrley | law | the Edalji case | a solicitor, the Staffordshire police and a famous author | the village of Great Wyrley in Staffordshire | 1903 to 1907 | the maiming of animals; the conviction on weak evidence; the campaign for a court of appeal | the case shows how prejudice shaped the police investigation | the conviction was a simple error | George Edalji was convicted in 1903 of maiming a pony in Great Wyrley. | He was pardoned in 1907 but never compensated.
Letters as Evidence | law | the Thompson and Bywaters case | a shipping clerk, a young ship's writer and the jury | Ilford in Essex | 1922 to 1923 | the stabbing of Percy Thompson; the love letters read in court; the hanging of Edith Thompson | Edith Thompson was hanged for her letters rather than her actions | the verdict against both lovers was sound | Percy Thompson was stabbed to death in Ilford in October 1922. | Edith Thompson and Frederick Bywaters were hanged in January 1923.
Shifts on the Stage | theatre | the uproar at the Abbey Theatre over Synge's play | Dublin theatregoers, nationalists and the theatre's directors | the Abbey Theatre in Dublin | 1907 | the line about women's shifts; the police called into the theatre; the debate in the press | the riots were about who had the right to represent the Irish people | the audience were merely prudes | Audiences rioted at the first performances of John Millington Synge's play at the Abbey Theatre in January 1907. | The theatre's directors called in the police to keep the play on stage.
A Dog and a Horn | art | the painting of Nipper and the gramophone | a painter, a recording company and record buyers | a studio in London | 1899 to 1910 | the dog listening to a phonograph; the horn repainted as a gramophone; the trademark used around the world | the picture became a trademark because it sold an idea of fidelity | the image was an accidental success | Francis Barraud painted his late brother's dog Nipper listening to a phonograph. | The Gramophone Company bought the painting in 1899 after the horn was repainted to show a gramophone.
Hoops by the Million | design | the hula hoop craze | toymakers, children and retailers | American suburbs | 1958 | the plastic hoop; the sales of millions; the sudden end of the fad | the craze was made by television and cheap plastic | the hoop was an original invention | The Wham-O company began selling plastic hula hoops in 1958. | Millions of hoops were sold within a few months.
Fluid Beef | economic history | the rise of Bovril | a Scottish butcher, advertisers and drinkers at football grounds | Canada and later London | 1870 to 1900 | the beef extract made for the French army; the name taken from a novel; the posters claiming strength | Bovril's success was built on advertising claims that science did not support | Bovril succeeded because it was nourishing | John Lawson Johnston developed a beef extract in Canada in the 1870s. | The product was named Bovril in 1886.
A Bridge in the Desert | history | the sale of London Bridge | City councillors, an American businessman and stonemasons | the Thames and Lake Havasu City in Arizona | 1967 to 1971 | the sale by the City of London; the numbered blocks shipped across the Atlantic; the rebuilt bridge in the desert | the sale was a shrewd piece of marketing by both sides | the buyer believed he had bought a more famous bridge | Robert McCulloch bought the old London Bridge in 1968. | The bridge was reopened at Lake Havasu City in 1971.
The Admiral in O'Connell Street | politics | the destruction of Nelson's Pillar | republicans, Dublin Corporation and army engineers | O'Connell Street in Dublin | 1809 to 1966 | the column erected after the admiral's death; the bomb that brought down the top; the army's demolition of the rest | the pillar's end reflected arguments about memory in an independent Ireland | the bombing was a simple act of vandalism | Nelson's Pillar was completed in Dublin in 1809. | A bomb destroyed the upper part of the pillar in March 1966.
An Envelope Laughed Out of Use | design | the Mulready envelope | a painter, the Post Office and caricaturists | post offices across Britain | 1840 | the envelope designed by an academician; the parodies that mocked it; the quick withdrawal | the envelope failed because its allegory was out of step with its users | the envelope failed because people preferred stamps | The Mulready envelope was issued with the first postage stamps in May 1840. | The design was quickly mocked in caricatures and withdrawn.
The Long Tunnel Under the Moors | history of technology | the building of the first Woodhead Tunnel | navvies, a railway company and a surgeon | the Pennines between Manchester and Sheffield | 1839 to 1845 | the three-mile bore under the moors; the disease and accidents in the navvy camps; the surgeon's evidence to a select committee | the tunnel exposed the human cost of railway building to Parliament | the deaths were an unavoidable price of progress | The first Woodhead Tunnel opened in 1845. | Dozens of navvies died during its construction.
Sixpence an Hour in Mayfair | transport | the arrival of parking meters in Britain | traffic engineers, motorists and Westminster council | Grosvenor Square in Mayfair | 1958 to 1960 | the meters installed in Mayfair; the traffic wardens who followed; the complaints of motorists | meters changed the idea of the street into something that had to be paid for | meters were introduced to raise revenue | Britain's first parking meters were installed in Grosvenor Square in July 1958. | The first traffic wardens began work in London in 1960.
The Cowboy at Farnborough | history of technology | Samuel Cody's first flight in Britain | an American showman, army officers and spectators | the army balloon factory at Farnborough | 1908 to 1913 | the man-lifting kites; the flight of British Army Aeroplane No 1; the crash that killed him | Cody's showmanship helped rather than hindered the army's acceptance of aircraft | Cody was an amateur who did little for aviation | Samuel Cody made the first powered aeroplane flight in Britain at Farnborough in October 1908. | Cody was killed in a flying accident in 1913.
The Inverted Cone | history of technology | Robert Cocking's parachute jump | a watercolour painter, balloonists and a crowd at Vauxhall | the skies over south London | 1837 | the parachute shaped like an upside-down cone; the release from a balloon; the collapse of the frame | the death showed how far theory had run ahead of testing | Cocking was simply reckless | Robert Cocking was killed testing a parachute of his own design in July 1837. | His parachute was released from a balloon high over south London.
Printing on the Ice | social history | the tradition of frost fairs on the Thames | watermen, printers and Londoners | the frozen Thames near London Bridge | 1683 to 1814 | the printing presses set up on the ice; the streets of booths; the last fair of 1814 | the fairs ended because the river changed, not because the winters did | the fairs ended because the climate warmed | The last frost fair on the Thames was held in February 1814. | The removal of old London Bridge in the 1830s let the river flow faster and freeze less often.
A New Form of Water | history of science | the polywater affair | Soviet chemists, Western laboratories and science journalists | laboratories in Moscow and in the West | 1962 to 1973 | the water condensed in fine capillaries; the rush of papers; the impurities that explained it | the episode shows science correcting itself, but slowly and at a cost | the affair was a fraud | Nikolai Fedyakin reported an anomalous form of water in 1962. | By 1973 polywater was generally attributed to impurities.
A Tower on the Reef | history of technology | the building of the Skerryvore lighthouse | a lighthouse engineer, masons and the lighthouse commissioners | a reef in the Atlantic off the Inner Hebrides | 1838 to 1844 | the barrack on stilts swept away in a storm; the granite blocks dovetailed together; the light first shown in 1844 | the lighthouse succeeded because of the organisation on shore as much as the work on the rock | the lighthouse was built by one man's genius | The Skerryvore lighthouse was first lit in 1844. | The tower is about forty-eight metres tall.
The Gallery Stair | history | the Exeter Theatre Royal fire | playgoers in the gallery, actors and the theatre's architect | the Theatre Royal in Exeter | 1887 | the fire that began behind the stage; the single exit from the gallery; the safety rules that followed | the disaster changed theatre safety because it showed that design, not bad luck, killed | the fire was an unforeseeable accident | Fire killed more than 180 people at the Theatre Royal in Exeter in September 1887. | Most of the dead had been in the gallery.
The Sewing Machine Works | social history | the Singer strike at Clydebank | women machinists, union organisers and American managers | the Singer sewing machine factory at Kilbowie | 1911 | the walkout over a reorganisation of work; the solidarity of eleven thousand workers; the dismissals afterwards | the strike showed the power of unskilled workers and the limits of it | the strike was a pointless failure | About eleven thousand workers went on strike at the Singer factory in Clydebank in March 1911. | The company later dismissed hundreds of workers it blamed for the strike.
The Blow-Up Bridge | history | the Regent's Canal explosion | bargemen, residents and the Home Office | the Regent's Canal by Macclesfield Bridge | 1874 to 1875 | the barge carrying gunpowder and petroleum; the bridge destroyed; the new law on explosives | the explosion led to the first modern law on explosives | the explosion was a freak accident with no lessons | A barge carrying gunpowder exploded under Macclesfield Bridge on the Regent's Canal in October 1874. | The Explosives Act was passed in 1875.
Cloned at Roslin | history of science | the cloning of Dolly the sheep | embryologists, a biotechnology company and the press | the Roslin Institute near Edinburgh | 1996 to 1997 | the cell taken from an adult sheep; the announcement in February 1997; the arguments about human cloning | Dolly mattered more for what she proved about cells than for what she promised | Dolly opened the way to cloning humans | Dolly the sheep was born at the Roslin Institute in July 1996. | Her birth was announced in February 1997.
Chests in the Harbour | politics | the Boston Tea Party | colonial merchants, the Sons of Liberty and the East India Company | Griffin's Wharf in Boston | 1773 to 1774 | the Tea Act that made tea cheaper; the chests thrown into the harbour; the punitive acts that followed | the protest was about monopoly and control more than about taxation | the protest was a simple revolt against high taxes | Colonists threw 342 chests of tea into Boston harbour in December 1773. | Parliament closed the port of Boston in 1774.
Fried in the Mill Towns | social history | the rise of the fish and chip shop | fish fryers, trawler owners and factory workers | the industrial towns of northern England and London | 1860 to 1930 | the railways that brought fresh fish inland; the steam trawlers; the frying ranges in back streets | fish and chips became a national dish because of industrial technology | fish and chips was an old traditional dish | Steam trawlers made fish cheap and plentiful from the 1880s. | By the early twentieth century there were tens of thousands of fish and chip shops in Britain.
Cast Iron Over the Dee | history of technology | the Dee bridge disaster | a railway engineer, train crews and a royal commission | the River Dee at Chester | 1847 to 1849 | the girders of cast iron strengthened with wrought iron; the train that fell when a girder broke; the royal commission on the use of iron | the collapse forced engineers to test their assumptions about materials | the disaster was caused by a derailment, as its engineer claimed | A girder of the railway bridge over the Dee at Chester broke under a train in May 1847. | Five people were killed.
Beating the Men's Record | sport | Gertrude Ederle's Channel swim | a young American swimmer, her trainer and newspaper reporters | the sea between Cap Gris-Nez and Kingsdown | 1925 to 1926 | the failed attempt of 1925; the crawl stroke; the ticker-tape parade in New York | the swim changed ideas about women's strength | the swim was a one-off triumph | Gertrude Ederle became the first woman to swim the English Channel in August 1926. | Her time of about fourteen and a half hours beat the men's record.
The Storm in Wellington Harbour | maritime history | the sinking of the Wahine | ferry passengers, crew and rescuers | the entrance to Wellington Harbour | 1968 | the storm of unusual force; the ship driven onto Barrett Reef; the rescue in heavy seas | most deaths happened after the ship was abandoned, which raises questions about the rescue | the sinking was purely an act of nature | The inter-island ferry Wahine sank at the entrance to Wellington Harbour in April 1968. | More than fifty people died.
Whiteout Over Ross Island | transport | the Mount Erebus disaster | airline crew, sightseeing passengers and investigators | Ross Island in Antarctica | 1979 to 1981 | the sightseeing flight over Antarctica; the changed flight path; the royal commission | the disaster was a failure of the airline's systems more than of its pilots | the pilots were to blame | An Air New Zealand sightseeing flight crashed into Mount Erebus in November 1979. | All 257 people on board were killed.
The Dismissal | politics | the dismissal of the Whitlam government | a governor-general, a prime minister and the Senate | Parliament House in Canberra | 1975 | the Senate's blocking of supply; the secret advice from the chief justice; the election that followed | the dismissal revealed that the constitution's conventions were weaker than assumed | the governor-general had no choice | The governor-general dismissed Prime Minister Gough Whitlam in November 1975. | Malcolm Fraser's coalition won the election held in December 1975.
Raids by the Guidebook | military history | the bombing campaign known as the Baedeker raids | German bomber crews, fire watchers and citizens of cathedral cities | Exeter, Bath, Norwich, York and Canterbury | 1942 | the reprisal for the bombing of Lübeck; the choice of historic cities; the lessons for civil defence | the raids were propaganda aimed at morale more than military damage | the targets were simply chosen from a tourist guide | German bombers attacked Exeter, Bath, Norwich and York in April and May 1942. | The raids followed the bombing of Lübeck by the RAF in March 1942.
Coal to the Tees | history of technology | the opening of the Stockton and Darlington Railway | Quaker financiers, colliery owners and engineers | the line from Witton Park to Stockton | 1821 to 1830 | the railway planned for horses; the steam locomotive at the opening; the coal trade that paid for it | the railway succeeded as a coal carrier first and a pioneer only later | the line was the first modern railway | The Stockton and Darlington Railway opened in September 1825. | Its first train was hauled by the engine Locomotion No 1.
Spire Above the Water | environmental history | the flooding of Ashopton and Derwent | water boards, villagers and engineers | the upper Derwent valley in Derbyshire | 1935 to 1945 | the villages cleared for the reservoir; the church spire left above the water; the opening by the king | the reservoir was a civic achievement paid for by a rural community | the loss of the villages was unavoidable | The Ladybower Reservoir was opened by George VI in September 1945. | The villages of Ashopton and Derwent were flooded to make it.
The Panda Who Would Not Mate | social history | Chi Chi the giant panda | zookeepers, Soviet officials and the press | London Zoo and Moscow Zoo | 1958 to 1972 | the panda bought from a dealer; the visits to Moscow; the emblem of a wildlife charity | Chi Chi's fame owed more to the cold war than to conservation | Chi Chi was famous only because pandas are rare | Chi Chi arrived at London Zoo in 1958. | She was taken to Moscow in 1966 in an attempt to mate her with the panda An An.
The Last Witch Trial | law | the trial of Helen Duncan | a Scottish medium, naval officers and the Old Bailey | a seance room in Portsmouth | 1944 to 1951 | the seance at which a drowned sailor was said to appear; the charge under an act of 1735; the campaign for a pardon | the prosecution was driven by wartime secrecy as much as by fraud | Duncan was tried because she revealed military secrets | Helen Duncan was convicted under the Witchcraft Act of 1735 in 1944. | The Witchcraft Act was repealed in 1951.
Pikes at Bonnymuir | politics | the Radical War of 1820 | Scottish weavers, government spies and hussars | Bonnymuir near Falkirk | 1820 | the proclamation posted in Glasgow; the skirmish with cavalry; the executions of three leaders | the rising was provoked by government agents more than planned by radicals | the rising was a serious revolutionary plot | Radical weavers were defeated by cavalry at Bonnymuir in April 1820. | Andrew Hardie and John Baird were executed at Stirling in September 1820.
Hiding From the Enumerator | politics | the suffragette boycott of the 1911 census | suffragettes, census officials and the Home Office | houses and halls across Britain | 1911 | the slogan about not being counted; the all-night gatherings; the decision not to prosecute | the boycott showed a shrewd use of the state's need for information | the boycott had no real effect | Suffragettes boycotted the census taken on the night of 2 April 1911. | One suffragette hid in a cupboard in the Palace of Westminster so that she would be recorded there.
A Four-Year-Old in the Derby | sport | the Running Rein scandal | racehorse owners, bookmakers and the Jockey Club | the racecourse on the Surrey downs | 1844 | the winner who was really a four-year-old; the lawsuit over the stakes; the horse that was never produced in court | the scandal made racing's rulers more powerful | racing was no more corrupt than any other business | The horse that won the Derby as Running Rein in 1844 was found to be a four-year-old. | The race was awarded to the second horse, Orlando.
The Red Tent | exploration | the crash of the airship Italia | Italian aeronauts, Swedish and Soviet rescuers and a Norwegian explorer | the pack ice north of Svalbard | 1928 | the crash onto the ice; the red tent and the radio; the rescuers who died looking for them | the rescue became a contest of national prestige | the disaster was caused by its commander's incompetence | The airship Italia crashed on the ice north of Svalbard in May 1928. | The Soviet icebreaker Krasin rescued the survivors in July 1928.
The First Balloon Over London | history of technology | Vincenzo Lunardi's balloon flight | an Italian diplomat, his animal passengers and a vast crowd | the Artillery Ground in Moorfields | 1784 | the hydrogen balloon; the landing in Hertfordshire; the fashions named after him | the flight was a triumph of publicity more than of science | the flight was a scientific experiment | Vincenzo Lunardi made the first balloon flight in England from the Artillery Ground in London in September 1784. | He landed at Standon Green End in Hertfordshire.
The Haze of 1783 | environmental history | the Laki eruption | Icelandic farmers, European observers and a clergyman | the Laki fissure in southern Iceland | 1783 to 1784 | the lava flows described by a priest; the famine that followed; the dry fog over Europe | the eruption's effects reached far beyond Iceland | the eruption was a local disaster | The Laki fissure began to erupt in June 1783. | A sulphurous haze spread across Europe in the summer of 1783.
Not a Hurricane | environmental history | the storm of October 1987 | forecasters, foresters and householders | southern England | 1987 | the forecast that missed the storm; the trees brought down; the changes to the warning system | the storm changed forecasting more than it changed the landscape | the storm was a once-in-a-lifetime event that no forecast could have caught | A violent storm struck southern England on the night of 15 and 16 October 1987. | About fifteen million trees were brought down.
Bones in the West | history of science | the feud known as the Bone Wars | two palaeontologists, fossil hunters and railway men | the fossil beds of Wyoming and Colorado | 1872 to 1892 | the rival expeditions; the smashing of fossils to keep them from rivals; the newspaper quarrel | rivalry sped up discovery while corrupting it | the rivalry did nothing but harm to science | Othniel Charles Marsh and Edward Drinker Cope competed to find fossils in the American West. | Their quarrel spilled into the newspapers in 1890.
Measuring the Meridian | history of science | the survey that defined the metre | two astronomers, revolutionary officials and surveyors | the meridian from Dunkirk to Barcelona | 1792 to 1799 | the triangulation through revolutionary France; the error that Méchain hid; the platinum metre | the metre was a political project as much as a scientific one | the metre was a natural and neutral measure | Delambre and Méchain measured the meridian arc between Dunkirk and Barcelona from 1792. | A platinum bar representing the metre was deposited in the Archives in 1799.
Too Low in the Water | maritime history | the loss of HMS Captain | a turret-ship designer, Admiralty constructors and sailors | the Bay of Biscay off Cape Finisterre | 1866 to 1870 | the low freeboard; the masts and sails on a turret ship; the court martial | the loss was caused by a system that let amateurs overrule professionals | the ship was simply unlucky in a storm | HMS Captain capsized off Cape Finisterre in September 1870. | Nearly five hundred men drowned, among them her designer Cowper Coles.
Captain Pouch | history | the Midland Revolt of 1607 | villagers, a tinker called Captain Pouch and landowners | the villages of Northamptonshire, Warwickshire and Leicestershire | 1607 | the levelling of hedges; the killing at Newton; the enquiry into depopulation | the revolt was a protest about land use that the government partly accepted | the rising was a mindless riot | Rioters pulled down hedges across the Midlands in 1607. | Around forty or fifty rioters were killed at Newton in Northamptonshire in June 1607.
Smashed in the Museum | art | the smashing of the Portland Vase | a drunken visitor, museum staff and restorers | the British Museum | 1845 | the vase smashed into pieces; the fine for damaging glass; the three restorations | the law's weakness in 1845 shows how museums were valued | the damage was the end of the vase | A visitor smashed the Portland Vase in the British Museum in February 1845. | He could be fined only for the value of the glass case.
The Teashop Computer | history of technology | the LEO computer | a catering firm, Cambridge engineers and clerks | the offices of a catering company in west London | 1947 to 1954 | the visit to American computing projects; the bakery valuations run in 1951; the payroll work | a teashop company saw a business use for computers because it already thought of clerical work as a process | LEO was a scientific machine adapted by chance | LEO ran the world's first routine office computer job in November 1951. | It was built for the catering company Lyons.
A Shilling to Loughborough | social history | Thomas Cook's first excursion | a temperance missionary, railway managers and day trippers | the line from Leicester to Loughborough | 1841 | the special train to a temperance meeting; the fare of one shilling; the business that followed | the excursion was a temperance outing that happened to found an industry | Cook invented the package holiday in a single stroke | Thomas Cook organised a railway excursion from Leicester to Loughborough in July 1841. | About five hundred people travelled on the train.
Troops in the Rhondda | politics | the rioting at Tonypandy | miners, the coal owners' combine and the home secretary | the Rhondda valley in South Wales | 1910 to 1911 | the dispute over a difficult new seam; the riots in the town; the troops sent by the home secretary | the legend of soldiers firing on miners grew out of later politics rather than the events of 1910 | the troops prevented bloodshed | Rioting broke out in Tonypandy in November 1910 during a miners' strike. | Winston Churchill, as home secretary, sent troops to the area.
A Convoy in Wiltshire | social history | the Battle of the Beanfield | travellers, police and landowners | a field near Stonehenge in Wiltshire | 1985 | the convoy heading for the solstice festival; the police operation; the court case | the clash was shaped by the government's attitude to the travellers | the police acted only to prevent a breach of the peace | Police stopped a convoy of travellers near Stonehenge in June 1985. | More than five hundred people were arrested.
The Spiv and the Minister | politics | the Lynskey tribunal | a junior minister, a fixer and a tribunal judge | Whitehall and London hotels | 1948 to 1949 | the gifts to a junior minister; the fixer who claimed influence; the report and resignations | the tribunal showed post-war anxiety about favours more than corruption | the tribunal exposed serious corruption | The Lynskey tribunal investigated bribery allegations against government ministers in 1948. | Junior minister John Belcher resigned from Parliament in 1949.
The Clerk in the Admiralty | politics | the Vassall affair | an Admiralty clerk, Soviet intelligence and the press | the British embassy in Moscow and the Admiralty | 1954 to 1963 | the blackmail in Moscow; the arrest in 1962; the journalists jailed for refusing to name sources | the affair became a press scandal more than a spy scandal | the spy was protected by senior figures | John Vassall was sentenced to eighteen years in prison for spying in 1962. | Two journalists were jailed in 1963 for refusing to reveal their sources to the tribunal.
The Biggest Airliner | history of technology | the Bristol Brabazon | aircraft designers, a wartime committee and airline managers | the Filton works near Bristol | 1943 to 1953 | the committee that planned post-war airliners; the huge hangar and runway; the scrapping of the prototype | the aircraft answered a question that airlines had stopped asking | the Brabazon failed because it was too big to fly well | The Bristol Brabazon first flew in September 1949. | The prototype was broken up in 1953.
The Brook at Aintree | sport | the first Grand National | jockeys, a Liverpool hotelier and the racing public | the racecourse at Aintree near Liverpool | 1839 | the steeplechase over ploughed fields and walls; the captain who fell into the brook; the railway crowds | the race became national because railways brought the crowds | the Grand National was an old country tradition | The first Grand National is generally dated to February 1839 at Aintree. | Captain Martin Becher fell into the brook that now bears his name during that race.
The Van on Hyde Road | politics | the case of the Manchester Martyrs | Fenians, police and the crowds at the execution | a railway arch on Hyde Road in Manchester | 1867 | the rescue of two Fenian prisoners from a police van; the death of a police sergeant; the public hanging outside Salford gaol | the executions created the martyrs the government wanted to avoid | the executed men were plainly guilty of murder | A police sergeant was killed when Fenians rescued two prisoners from a police van in Manchester in September 1867. | Three men were hanged at Salford in November 1867.
Humbugs From the Market | history of medicine | the Bradford sweets poisoning | a confectioner, a druggist's assistant and market shoppers | a market stall in Bradford | 1858 to 1868 | the arsenic mistaken for a harmless powder; the deaths of about twenty people; the law on the sale of poisons that followed | the poisoning was caused by a trade in adulterated sweets more than by one mistake | the poisoning was a single careless accident | About twenty people died after eating humbugs contaminated with arsenic in Bradford in 1858. | The Pharmacy Act of 1868 restricted the sale of poisons.
The Green Bedroom | history of medicine | arsenic in Victorian wallpaper | wallpaper makers, doctors and householders | homes and factories across Victorian Britain | 1840 to 1880 | the bright greens made from arsenic; the illnesses blamed on damp rooms; the campaign that made arsenic unfashionable | arsenic wallpaper was abandoned because of public alarm before any law required it | the dangers of arsenic wallpaper were proved beyond doubt at the time | Green pigments made with arsenic, such as Scheele's green, were widely used in wallpapers in the nineteenth century. | William Morris's firm produced wallpapers coloured with arsenic greens.
Nitrate and the Law | film | the Cinematograph Act of 1909 | showmen, local councils and fire officers | picture halls across Britain | 1909 to 1913 | the flammable nitrate film; the licences for picture houses; the councils that used licensing to control what was shown | a fire safety law became a tool of censorship | the act was concerned only with safety | The Cinematograph Act of 1909 required cinemas in Britain to hold a licence from the local council. | The British Board of Film Censors was set up by the film trade in 1912.
Racing Round the Island | sport | the first Isle of Man TT motorcycle race | motorcyclists, manufacturers and islanders | the roads of the Isle of Man | 1907 to 1911 | the British ban on racing on public roads; the short course through St John's; the mountain course adopted in 1911 | the race existed because the island's parliament could close roads that Westminster could not | the race was popular only for its danger | The first Tourist Trophy motorcycle race was held on the Isle of Man in May 1907. | The longer mountain course was first used in 1911.
The Banked Track at Weybridge | sport | the Brooklands motor circuit | a landowner, racing drivers and aviators | Weybridge in Surrey | 1907 to 1939 | the concrete banking; the first aeroplane flights from its centre; the aircraft factory on the site | Brooklands mattered more as a testing ground for industry than as a racing circuit | Brooklands was a rich man's playground | Brooklands, the first purpose-built motor racing circuit, opened in June 1907. | It was built by Hugh Locke King on his estate at Weybridge.
Babs on the Sands | sport | the race for the land speed record at Pendine Sands | racing drivers, engineers and spectators | Pendine Sands in Carmarthenshire | 1924 to 1927 | the record set in 1924; the car named Babs; the fatal crash of 1927 | the beach was a cheap and dangerous substitute for a proper track | the records were triumphs of driving skill | Malcolm Campbell set a land speed record of over 146 miles an hour at Pendine Sands in 1924. | John Godfrey Parry-Thomas was killed there in his car Babs in March 1927.
The Acrylic Wall | history | the Summerland fire | holidaymakers, builders and fire officers | a leisure centre in Douglas on the Isle of Man | 1971 to 1973 | the acrylic sheeting on the walls; the fire started by boys near a kiosk; the inquiry | the disaster was designed into the building | the fire was started by careless boys, and they were to blame | Fifty people died when fire swept through the Summerland leisure centre in Douglas in August 1973. | The building's walls were clad in transparent acrylic sheeting.
The Stand at Valley Parade | sport | the Bradford City stadium fire | football supporters, club officials and a judge leading the inquiry | the Valley Parade ground in Bradford | 1985 | the litter under the wooden stand; the spread of the fire in minutes; the safety law that followed | the fire exposed a culture of neglect at football grounds | nobody could have foreseen the fire | Fifty-six people died when a wooden stand caught fire at Valley Parade in May 1985. | The fire was broadcast live on television.
Cyclohexane at Flixborough | history of technology | the Flixborough explosion | chemical engineers, plant managers and villagers | a chemical works in Lincolnshire | 1974 | the temporary pipe that bypassed a reactor; the vapour cloud; the safety regulation that followed | the explosion was the product of a modification made without design | the explosion was unforeseeable | An explosion at a chemical plant at Flixborough killed twenty-eight people in June 1974. | The leak came from a temporary bypass pipe fitted between two reactors.
Aluminium in the Water | environmental history | the Camelford water pollution incident | water board staff, residents and doctors | a treatment works near Camelford in Cornwall | 1988 | the aluminium sulphate tipped into the wrong tank; the reassurance that the water was safe; the long fight for an inquiry | the incident was made worse by the way officials handled information | the incident did no lasting harm | Twenty tonnes of aluminium sulphate were tipped into the wrong tank at a treatment works near Camelford in July 1988. | Residents were at first told that the water was safe to drink.
Wind Off Sumburgh | environmental history | the Braer oil spill | tanker crew, Shetland crofters and salvage experts | the coast of southern Shetland | 1993 | the loss of power in a storm; the oil spread by the waves; the light crude that dispersed | the storm that caused the wreck also limited the damage | the spill was an ecological catastrophe for Shetland | The tanker Braer ran aground off Shetland in January 1993. | It was carrying about 85,000 tonnes of crude oil.
Breton Beaches | environmental history | the Amoco Cadiz oil spill | tanker crew, a tug's master and Breton fishermen | the coast of Brittany near Portsall | 1978 | the steering failure; the argument about a tow; the cleaning of beaches | the disaster reformed international shipping rules because of the lawsuits that followed | the spill was bad luck | The Amoco Cadiz ran aground off Brittany in March 1978. | At the time it was the largest oil spill from a tanker.
Bow Doors Open | maritime history | the capsizing of the Herald of Free Enterprise | ferry crew, passengers and the company's managers | the harbour at Zeebrugge | 1987 | the bow doors left open; the rapid capsize; the inquiry that blamed a disease of sloppiness | the disaster was caused by the company as much as the crew | one crew member's mistake caused the disaster | The ferry Herald of Free Enterprise capsized outside Zeebrugge harbour in March 1987. | The disaster killed 193 people.
One Satellite Launched | history of technology | the Black Arrow rocket | rocket engineers, civil servants and a government in search of savings | the Woomera range in South Australia | 1964 to 1971 | the rocket built on an earlier test vehicle; the cancellation before the final launch; the Prospero satellite | Britain gave up launchers because it could buy launches more cheaply | the programme was killed by short-sighted ministers | Black Arrow launched the Prospero satellite in October 1971. | The programme had been cancelled before the launch.
The Manor on the Deben | history of science | radar research at Bawdsey | scientists, RAF officers and the Air Ministry | Bawdsey Manor on the Suffolk coast | 1935 to 1939 | the experiment with a broadcasting transmitter; the research station at Bawdsey; the chain of radar stations | radar mattered because it was built into a system of reporting, not because of the equipment alone | radar won the air war of 1940 on its own | Robert Watson-Watt's team demonstrated the detection of aircraft by radio in February 1935. | The research station at Bawdsey Manor opened in 1936.
"""

SCHOLARS = ["MacNeil", "Galbraith", "Munro", "Gunn", "Mackenzie", "Rennie", "Laidlaw", "Learmonth", "Haldane", "Moffat",
            "Guthrie", "Farquharson", "Menzies", "Crerar", "Dewar", "Macrae", "Beaton", "Carmichael", "Rattray", "Mowat",
            "Heddle", "Flett", "Rendall", "Isbister"]

OPENING = [
    "{X} is usually summed up in a single sentence, and the sentence is usually wrong.",
    "Most accounts of {x} reach their verdict within a page.",
    "{X} is easy to mistake for a finished story.",
    "{X} has a settled place in the popular imagination.",
    "Whoever takes up {x} is handed a ready-made plot.",
    "The familiar outline of {x} is overdue for inspection.",
    "{X} survives in memory mainly as an anecdote.",
    "Anniversary articles return to {x} every few years, and they seldom disagree.",
    "{X} belongs to that class of subjects which seem to explain themselves.",
    "On the surface, {x} offers a clear and comfortable lesson.",
    "Popular histories tend to file {x} under curiosities.",
    "{X} is remembered well enough, but hardly ever looked at closely.",
]
FRAME = [
    "Most of the material used below relates to {setting}.",
    "At the centre of events stood {people}.",
    "The years covered ({period}) were brief but eventful.",
    "Where the sources contradict each other, the contradiction is pointed out.",
    "Getting the order of events right matters more here than any single date.",
    "Parts of the argument can only be tentative.",
]
ROADMAP = [
    "{S1} comes first here, {s2} second.",
    "Each part below tests a well-known claim against the surviving record.",
    "The discussion follows events in roughly the order they happened.",
    "{S1} turns out to carry more weight than it first seems to.",
    "The last part takes up the most serious objection.",
]
QUESTION_LEAD = [
    "Behind all of this sits one question: {question}",
    "The central puzzle fits in a line: {question}",
    "So the first thing to ask is this: {question}",
    "Everything below circles round one question: {question}",
]
QUESTIONS = ["who actually came out ahead from {x}?", "how far were {people} in control of events?",
             "what keeps the neat version of {x} alive?", "how would {setting} have fared without {x}?"]
CLAIM_THESIS = [
    "This essay will argue that {thesis}.",
    "My own view is that {thesis}.",
    "The claim defended here is that {thesis}.",
    "Read carefully, the evidence suggests that {thesis}.",
    "By way of {s1}, {s2} and {s3}, I hope to show that {thesis}.",
    "In short, I think that {thesis}.",
    "A fairer reading, I shall suggest, is that {thesis}.",
    "What follows makes the case that {thesis}.",
]
CONTEXT = [
    "A little background helps here.",
    "These were restless years.",
    "For {people}, ordinary life left very little room for error.",
    "No one at the time could have known how the episode would be remembered.",
    "Old institutions were changing, some faster than others.",
    "Several of the first chroniclers had an interest in how the story came out.",
    "{Scholar} dates the origins of the episode to several years before.",
    "Much of what survives was written in {setting}.",
    "What happened is easier to establish than why it happened.",
    "The arrangements that existed beforehand had grown without any plan.",
    "Things moved faster than the people in charge had expected.",
    "People living through it found the pattern hard to see.",
]
NAMING = [
    "Some care with words is needed.",
    "Several of the labels now attached to {x} came later.",
    "{People} used words for themselves that we would not choose.",
    "Modern terms are used below only for convenience.",
    "Even the name {x} smuggles in an interpretation.",
    "No label on offer is entirely neutral.",
]
RECORD = [
    "Three sorts of material survive.",
    "Official records from {setting} note decisions but seldom explain them.",
    "The letters of {people} are lively, though each was written with a particular reader in mind.",
    "The press reported {x} at speed, with mixed care.",
    "Recollections set down decades later are vivid but untrustworthy.",
    "Pictures and physical remains help to test the written accounts.",
]
CAST = [
    "It helps to be clear about who was involved.",
    "{People} were not a single group with a single interest.",
    "Some of them left records of their own; most did not.",
    "{Scholar} argues that the quieter participants mattered as much as the famous ones.",
    "Their choices were made inside limits they had not set themselves.",
]
STRAND_IN = [
    "Consider {s}.",
    "Solid evidence exists mainly for {s}.",
    "Central, though rarely discussed, is {s}.",
    "No serious account can skip {s}.",
    "Too little has been said about {s}.",
    "This brings us to {s}.",
    "Much hangs on {s}.",
    "The record is richest for {s}.",
    "It pays to slow down over {s}.",
    "A further thread is {s}.",
]
POINT = [
    "Viewed long afterwards, {s} looks far tidier than anyone living through it found it.",
    "Of those drawn into {s}, only a handful left written accounts.",
    "A simple timeline of events in {setting} explains {s} better than many long narratives.",
    "Behind {s} lay money rather than principle.",
    "The official record mentions {s} only briefly.",
    "Those most affected by {s} left the fewest traces.",
    "Control of {s} brought influence over much else.",
    "{Scholar} treats {s} as the decisive moment, and rightly so.",
    "Some accounts have inflated {s} beyond recognition.",
    "{People} were sharply divided over {s}.",
    "Every paper touching {s} was written by someone who wanted something.",
    "Laid out in order, the story of {s} becomes much less mysterious.",
    "{S} depended on a great deal of unglamorous work that histories usually leave out.",
    "{People} experienced {s} chiefly as a practical headache.",
    "No one designed {s}; it built up by degrees.",
    "Had {s} come a year earlier or later, it would have meant something else.",
]
NUMBERS = [
    "Across {num} cases, {Scholar} ({year}) finds {s} behind about {pct} per cent of later outcomes.",
    "{Scholar} examined {num} documents and found that about {pct} in every hundred refer to {s}.",
    "{Scholar} ({year}) gives {s} a share of roughly {pct} per cent in the final outcome.",
    "Working through {num} files in {year}, {Scholar} found almost none that ignore {s}.",
    "{Scholar} ({year}) lists {num} similar cases, most of which took much the same course.",
    "The figures are patchy, as {Scholar} admits, but on {s} they agree.",
    "By {Scholar}'s reckoning ({year}), {s} explains almost {pct} out of every hundred later shifts.",
    "{Scholar} suggests that earlier work on {s} searched the wrong collections.",
]
CASES = [
    "{Scholar} traces one family through the whole episode.",
    "In {setting}, {people} faced {s} with almost no support from outside.",
    "Much the same happened well beyond {setting}.",
    "Cases like this are common, and exceptions are rare.",
    "The pattern holds from one end of the period ({period}) to the other.",
    "{People}, telling the story themselves, stressed exactly this.",
    "Other instances could easily be added.",
]
LINK_BACK = [
    "On a small scale, this is the argument of the whole essay: {thesis}.",
    "One case settles little, yet this one is awkward for the received account.",
    "Any account, in other words, has to put {s} near its centre.",
    "This is good reason to think that {thesis}.",
    "Written down, the gap seems trivial; lived through, it was wide.",
    "We will need this again when the objection comes up.",
    "Whatever the conclusion, it cannot leave out {s}.",
]
PIVOT = ["With {s}, things change.", "Next came {s}.", "Once {s} arrived, the argument moved on.",
         "From here the story depends on {s}."]
CITE_LEAD = [
    "{Scholar} conveys the atmosphere of {setting} neatly:",
    "Decades later, a witness from {setting} remembered it like this:",
    "At a {year} conference on {x}, one historian put it this way:",
    "{Scholar} is blunt about {s}:",
    "Nowhere is {Scholar} more emphatic than on {s}:",
]
CITED = [
    "Up close, the famous version of {x} starts to come apart.",
    "Nobody then saw {s} as history; it was simply work.",
    "We remember {x} as an instant, but the papers describe a slow process.",
    "Look at who paid for {s}, and the mystery shrinks to almost nothing.",
    "{X} has two histories: the one people lived through and the one they retold.",
    "The files on {s} are dull, and the dullness is itself revealing.",
]
CITE_AFTER = [
    "The phrasing is tidy, perhaps too tidy, but it is not unfair.",
    "It is one voice, but a well-placed one.",
    "Saying so earned the speaker nothing, and that counts in its favour.",
    "Even allowing for hindsight, the point survives.",
]
CITE_AFTER2 = [
    "Accounts left by {people} say much the same thing.",
    "Clearly {s} was talked about openly at the time, too.",
    "How far this held beyond {setting} remains unclear.",
    "What makes it worth quoting is its glimpse of {s}.",
    "It jars with the textbook picture of {x}.",
]
LIST_INTRO = [
    "Where {x} went best, certain conditions were present:",
    "Whenever {people} succeeded, the same factors recur:",
    "Better outcomes in {setting} would have needed:",
    "Stripped down, the cases in {setting} that went well shared a few features:",
]
LIST_POINT = [
    "an early grasp of {s}",
    "genuine consultation with {people} over {s}",
    "a quick reaction when {s} first went wrong",
    "outside scrutiny of {s}",
    "a modest test of {s} before going further",
    "honesty about what {s} would cost",
]
LIST_EXTRA = ["steady money for {x} from one year to the next", "one named official with the power to halt {x}",
              "records of {x} that outlived the people who made them", "a set date on which {x} would be reviewed"]
COMPARE = [
    "Beside similar episodes, {x} looks less unusual.",
    "Similar pressures elsewhere produced quite another result.",
    "Where {people} were consulted early, the quarrels were milder.",
    "Comparison is hard, because nothing quite like {s2} happened anywhere else.",
    "Nothing about the outcome in {setting} was inevitable.",
    "Broadly, winning people over mattered more than moving fast.",
]
COUNTERFACT = [
    "Picture, briefly, a version of events in which {s2} turned out otherwise.",
    "Exercises like this prove nothing, but they show where a story's weight lies.",
    "Without {s1}, it is hard to picture how events in {setting} would have unfolded.",
    "{People} would have had other decisions in front of them.",
    "The thought experiment suggests the outcome was less certain than it now appears.",
]
LEGACY = [
    "The episode ended; its effects did not.",
    "In {setting}, memories of {x} coloured decisions for a generation.",
    "{People} handed down their own account of it.",
    "Later inquiries kept coming back to {s3}.",
    "Every anniversary of {x} brings a fresh retelling, each a little different.",
    "Not every lesson drawn from {x} was the right one.",
]
DOUBT = [
    "An obvious objection is that {rival}.",
    "The most serious rival view is that {rival}.",
    "Many readers will reply that {rival}.",
    "It might fairly be said that {rival}.",
    "Some of the evidence does seem to show that {rival}.",
]
DOUBT_MORE = [
    "{People} themselves would probably have agreed.",
    "It is a respectable view, and respected historians hold it.",
    "{Scholar2} ({year2}) sets out this case in detail.",
    "The objection has force, since every decision about {x} cost somebody something.",
]
ANSWER = [
    "But the records from {setting} point another way.",
    "It cannot account for {s2}.",
    "It also begs the question it claims to answer.",
    "It depends on an image of {x} that newer work no longer supports.",
    "Were it true, the outcome in one town would have matched the outcome in the next.",
    "It proves there was a price; it does not prove the price was decisive.",
]
CLOSE_FIRST = [
    "To sum up, {thesis}.",
    "Taken together, the evidence points one way: {thesis}.",
    "The debate is not over.",
    "What, finally, has the essay shown?",
    "Whichever thread is followed, it ends in the same place: {thesis}.",
    "Once the details are cleared away, one point remains.",
    "It would be easy, and wrong, to sum up {x} in a slogan.",
]
CLOSE_MID = [
    "Taken singly, {s1}, {s2} and {s3} explain a little; taken together, a great deal.",
    "The idea that {rival} has its appeal, but the evidence will not hold it up.",
    "Minor details, more than sweeping explanations, have carried the argument.",
    "The questions it raised outlived the years in which it happened.",
    "Unread files almost certainly hold more.",
    "What emerges is duller than the legend and closer to the evidence.",
]
CLOSE_LAST = [
    "For {people}, the aftermath outlived the episode by decades.",
    "A useful next study would compare {setting} with places that went through something similar.",
    "Above all, {x} grew from decisions that people were free to make otherwise.",
    "What {x} teaches is about institutions rather than individuals.",
    "{X} is worth retelling, as long as it is retold carefully.",
    "Read slowly, {x} turns out richer than its reputation.",
]
HD_BACK = ["Context", "The setting", "How things stood", "The larger picture", "Before the event", "Some background first"]
HD_NAMING = ["Words and names", "A question of labels", "On terminology"]
HD_RECORD = ["The evidence", "What the records say", "How far the records reach"]
HD_CAST = ["The people involved", "Who was who", "The participants"]
HD_STRAND = ["{S}", "Thinking about {s}", "{S} reconsidered", "The matter of {s}", "A closer look at {s}", "Why {s} counts"]
HD_COMPARE = ["Other cases", "A wider view", "Points of comparison"]
HD_COUNTER = ["A counterfactual", "Another way it could have gone", "Supposing otherwise"]
HD_LEGACY = ["Afterwards", "Long shadows", "What it left behind"]
HD_DOUBT = ["An objection", "The other side", "A rival view", "Meeting the critics", "Testing the objection", "Doubts"]
HD_CLOSE = ["Conclusion", "Final thoughts", "Drawing together", "Where that leaves things", "To conclude"]


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
        cards.append(dict(id=f"c{n:03d}", title=title, subject=subject, x=x, people=people, setting=setting,
                          period=period, strands=[s.strip() for s in strands.split(";")], thesis=thesis, rival=rival,
                          facts=[fact1, fact2]))
    return cards


def make_essay(card: dict, rng: random.Random) -> dict:
    """One essay from one card. The first paragraph opens on a sentence naming the subject and ends on the thesis,
    with now and then a framing sentence, a road map or a question between. The context paragraph carries the
    first fact; the second fact goes there too or into the paragraph on the second strand. An aside on words, on
    the sources or (new here) on the people involved may follow. Each strand gets one paragraph or two, sometimes
    after a one-line pivot and sometimes followed by a quotation or a list. A comparison, a counterfactual or a
    paragraph on the legacy may come next. The objection always states the rival view and is answered, and the
    last paragraph closes on a sentence naming the subject, the people or the setting. Roughly half the essays
    carry headings; no pattern is used twice within one essay."""
    unused: dict[int, list[str]] = {}

    def take(pool: list[str]) -> str:
        rest = unused.setdefault(id(pool), rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    pair = rng.sample(SCHOLARS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], period=card["period"], s1=s1, s2=s2, s3=s3, S1=cap(s1),
                 thesis=card["thesis"], rival=card["rival"], Scholar=pair[0], Scholar2=pair[1])

    # studies are dated after the events they study, and no later than 2001, before the pages went up
    ended = int(re.findall(r"\d{4}", card["period"])[-1])

    def fill(pattern: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(max(1958, ended + 3), 2001),
                     year2=rng.randint(max(1966, ended + 3), 2001),
                     pct=rng.choice([9, 13, 17, 21, 26, 31, 36, 42, 47, 53, 61, 68]),
                     num=rng.choice([16, 27, 34, 48, 59, 73, 96, 128, 163, 240]))
        return pattern.format(**slots, **extra)

    def para(*sentences) -> tuple[str, str]:
        return ("paragraph", " ".join(sentences))

    slots["question"] = cap(fill(rng.choice(QUESTIONS)))
    headed = rng.random() < 0.5
    blocks: list[tuple] = []
    thesis = fill(take(CLAIM_THESIS))
    opener = fill(take(OPENING))
    first = [opener]
    parts: list[str] = []  # the optional parts this essay has, for the README's tallies
    for share, pool, name in ((0.33, FRAME, "frame"), (0.3, ROADMAP, "road map"), (0.28, QUESTION_LEAD, "question")):
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
    for low, high, pool, heads, name in ((0.0, 0.15, NAMING, HD_NAMING, "words"), (0.15, 0.32, RECORD, HD_RECORD, "sources"),
                                         (0.32, 0.45, CAST, HD_CAST, "people")):
        if low <= aside < high:
            parts.append(name)
            if headed:
                blocks.append(("heading", fill(take(heads))))
            blocks.append(para(*[fill(p) for p in [pool[0]] + rng.sample(pool[1:], rng.randint(2, 3))]))
    strands = [s1, s2, s3] if rng.random() < 0.7 else [s1, s2]
    quote_at = rng.randrange(len(strands)) if rng.random() < 0.4 else None
    list_at = rng.randrange(len(strands)) if rng.random() < 0.3 else None
    pivot_at = rng.randrange(1, len(strands)) if rng.random() < 0.3 else None
    openers: list[list[str]] = []
    for i, s in enumerate(strands):
        if pivot_at == i:
            blocks.append(para(fill(take(PIVOT), s)))
            parts.append("pivot")
        if headed:
            blocks.append(("heading", fill(take(HD_STRAND), s)))
        body = [fill(take(STRAND_IN), s), fill(take(POINT), s), fill(take(NUMBERS), s)]
        if rng.random() < 0.5:
            body.insert(2, fill(take(POINT), s))
        if rng.random() < 0.45:
            body.insert(rng.randint(2, len(body)), fill(take(CASES), s))
        if later and i == 1:
            body.insert(1, later.pop())
        openers.append(body[:2])
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
    if extra < 0.48:
        parts.append("comparison" if extra < 0.2 else "counterfactual" if extra < 0.34 else "legacy")
    if extra < 0.2:
        if headed:
            blocks.append(("heading", fill(take(HD_COMPARE))))
        blocks.append(para(*[fill(take(COMPARE)) for _ in range(rng.randint(3, 4))]))
    elif extra < 0.34:
        if headed:
            blocks.append(("heading", fill(take(HD_COUNTER))))
        blocks.append(para(*[fill(p) for p in [COUNTERFACT[0]] + rng.sample(COUNTERFACT[1:], rng.randint(2, 3))]))
    elif extra < 0.48:
        if headed:
            blocks.append(("heading", fill(take(HD_LEGACY))))
        blocks.append(para(*[fill(p) for p in [LEGACY[0]] + rng.sample(LEGACY[1:], rng.randint(2, 3))]))
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
                objection=objection, last=last, openers=openers, headed=headed, parts=parts)


# ------------------------------------------------------------------------------------------------ shared pieces

ESSAYS_BY_TITLE: dict[str, dict] = {}  # filled by main(); sidebars quoting a neighbour's essay read it
SEED = 2020  # set by main(); each site's rarer pieces are placed on pages drawn from it


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def only_in(text: str, title: str) -> bool:
    """True when `text` is part of the essay called `title` and of no other essay in the set."""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def opening_of(title: str) -> str:
    """The sentence each essay starts with (it names the card's subject)."""
    sen = ESSAYS_BY_TITLE[title]["opener"]
    assert paragraphs_of(title)[0].startswith(sen) and only_in(sen, title), title
    return sen


def thesis_of(title: str) -> str:
    """The sentence that ends the essay's first paragraph and states its thesis."""
    sen = ESSAYS_BY_TITLE[title]["thesis"]
    assert paragraphs_of(title)[0].endswith(sen) and only_in(sen, title), title
    return sen


def second_fact(title: str) -> str:
    fact = ESSAYS_BY_TITLE[title]["card"]["facts"][1]
    assert only_in(fact, title), title
    return fact


def last_strand_opening(title: str) -> str:
    """The first two sentences of the paragraph on the essay's last strand."""
    text = " ".join(ESSAYS_BY_TITLE[title]["openers"][-1])
    assert any(p.startswith(text) for p in paragraphs_of(title)) and only_in(text, title), title
    return text


SITE_LEVELS = {
    "tiree": ["Senior section (S5 and S6)", "Senior section (S6 only)", "Intermediate section (S4)",
              "Open section (adult learners)"],
    "colonsay": ["Higher History", "Advanced Higher History", "National 5 History", "Higher History (prelim)"],
    "berneray": ["history quest entry", "node audit rewrite", "first writeup", "editor-requested expansion"],
    "mingulay": ["Viewpoint", "Guest Viewpoint", "Clarion History Prize", "Second Opinion"],
}
SITE_GRADES = {
    "tiree": ["First prize", "Second prize", "Third prize", "Highly commended", "Commended", "Shortlisted"],
    "colonsay": ["A (17/20)", "A (18/20)", "B (14/20)", "A (16/20)", "B (15/20)", "C (12/20)"],
    "berneray": ["+14/-1", "+22/-3", "+9/-0", "+31/-2", "+17/-4", "+11/-1"],
    "mingulay": ["first place", "second place", "third place", "honourable mention"],
}


class Page(g2.Page):
    """sites2's Page, plus this set's level, grade and subject and every title of the site."""

    def __init__(self, essay, rng, index, site_titles, site: str):
        super().__init__(essay, rng, index, site_titles)
        self.topic = essay["tags"][0]
        self.category = cap(self.topic)
        self.card = essay["card"]
        self.site_titles = list(site_titles)
        self.others = sorted({t for t in site_titles if t != self.title})
        self.level = rng.choice(SITE_LEVELS[site])
        self.grade = rng.choice(SITE_GRADES[site])


def _pages_for(site: str, role: str, count: int) -> list[int]:
    return sorted(random.Random(f"twenty/{SEED}/{site}/{role}").sample(range(1, PAGES_PER_SITE + 1), count))


def carries(site: str, role: str, count: int, page: Page) -> bool:
    """Whether the page is among the `count` pages of its site that show the piece `role`."""
    return page.index in _pages_for(site, role, count)


def rank_of(site: str, role: str, count: int, page: Page) -> int | None:
    """Counting from 0, how many of the pages carrying `role` come before this one; None for a page without it."""
    chosen = _pages_for(site, role, count)
    return chosen.index(page.index) if page.index in chosen else None


def placed_before(site: str, role: str, page: Page, first: int = 9) -> bool:
    """For a piece that moves: whether this page is one of the `first` pages that show it before the essay."""
    order = list(range(1, PAGES_PER_SITE + 1))
    random.Random(f"twenty/{SEED}/{site}/{role}/first").shuffle(order)
    return page.index in order[:first]


def pick_note(notes: list[str], p: Page, **more) -> str:
    return p.rng.choice(notes).format(**{"topic": p.topic, "title": p.title, "level": p.level, **more})


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Put a template piece among the essay's pieces at `pos`, moving it up past headings and past paragraphs that
    end in a colon, so that no piece comes between a heading and its text or between a lead-in and what it leads
    into."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, str]]:
    """The blocks on show, as (kind, html); a paragraph that ends in a colon has the kind "lead"."""
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


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+(?=[A-Z0-9])", text) if s]


def pull_sentence(p: Page) -> str:
    """A sentence of the page's own essay for a pull quote: from a shown paragraph after the first, nine words or
    more, not a card fact."""
    pool = []
    for k, (kind, value) in enumerate(p.visible()):
        if kind == "paragraph" and k >= 2 and not value.rstrip().endswith(":"):
            pool += [s for s in sentences(value) if len(s.split()) >= 9 and s not in p.card["facts"]]
    return p.rng.choice(pool) if pool else sentences(block_text(p.visible()[0]))[0]


def month_year(d: date) -> str:
    return f"{d.strftime('%B')} {d.year}"


def us_date(d: date) -> str:
    return f"{d.strftime('%A, %B')} {d.day}, {d.year}"


# ---- 1. tiree: a CONTENTdm digital collection of school prize essays -------------------------------------------

TR_HOST = "collections.strathcoylelibraries.org.uk"
TR_LIBRARY = "Strathcoyle Libraries"
TR_PORTAL = "Strathcoyle Libraries Digital Collections"
TR_COLL = "Strathcoyle Schools History Essay Prize"
TR_ALIAS = "essayprize"
TR_SCHOOLS = ["Kilcraig Academy", "Portavadie High School", "St Fillan's Academy", "Ardmore Grammar School",
              "Glenbrae Academy", "Inverlussa High School", "Balvicar Academy", "Corrie Secondary School"]
TR_VOLUNTEERS = ["Morag Dewhurst", "Iain Lachlan", "Catriona Bell", "Hugh Tennant", "Sheena Orr", "Alasdair Coull"]
TR_CHECKERS = ["the Local Studies team", "E. Lindsay", "R. Galt", "the collections officer"]
TR_NOTE_LABELS = ["Volunteer's note:", "Checker's note:", "Note added in checking:", "Volunteer's query:"]
TR_NOTES = [
    "one word here could not be read",
    "the entrant crossed out a sentence at this point",
    "this paragraph was written in the margin with an arrow to show where it belongs",
    "the ink changes colour from here on",
    "the bottom line of this page is missing from the scan",
    "spelling in this paragraph is as the entrant wrote it",
    "the entrant numbered this paragraph; the number has been left out",
]
TR_VERDICTS = [
    "A confident, well-organised entry that keeps its own question in view throughout.",
    "The panel admired the use of evidence, though the conclusion is a little rushed.",
    "An original argument, carefully made; the best-structured entry in its section that year.",
    "Lively and well informed, if now and then too sure of itself.",
    "The entrant handles a difficult subject with maturity and a clear sense of proportion.",
    "A thoughtful piece; its middle pages contain the best writing of that year's competition.",
]
TR_BANNERS = [
    "Planned maintenance: this site goes offline early on Saturday for a server upgrade.",
    "New in the collection: entries from the 2013 prize have now been added.",
    "The reading room at the Central Library is closed on Mondays until further notice.",
]
TR_RIGHTS = ("\u00a9 The entrant. Shown for private study and research; contact Strathcoyle Libraries before "
             "reproducing any part of this entry.")
ACTIVE = ' class="co-active"'
CURRENT = ' class="current-page"'
TR_FOOT = "Strathcoyle Libraries, Central Library, 14 Harbour Street, Portavadie"


def tr_meta(title: str) -> dict:
    """What the catalogue records about an entry; the same wherever the entry is mentioned."""
    h = number("tiree", "meta", title, mod=10**9)
    year = 2003 + h % 12
    return dict(year=year, entrant=100 + (h // 12) % 800, school=TR_SCHOOLS[(h // 9600) % len(TR_SCHOOLS)],
                section=SITE_LEVELS["tiree"][(h // 77) % 4], award=SITE_GRADES["tiree"][(h // 311) % 6],
                item=1000 + (h // 5) % 8000)


def tr_href(title: str, new: bool) -> str:
    item = tr_meta(title)["item"]
    return f"/digital/collection/{TR_ALIAS}/id/{item}" if new else f"/cdm/compoundobject/collection/{TR_ALIAS}/id/{item}/rec/1"


def page_breaks(blocks: list) -> dict[int, int]:
    """Where a volunteer would have typed "[Page n]": after the block in which the 275-word mark of each
    handwritten page falls (or after the next block, if that one is a heading or a lead-in), never after the last."""
    total, marks, seen = 0, {}, set()
    ends = []
    for b in blocks:
        total += len(block_text(b).split())
        ends.append(total)
    pages = max(1, -(-total // 275))
    for k in range(1, pages):
        i = next(j for j, e in enumerate(ends) if e > k * 275)
        while i < len(blocks) - 1 and (blocks[i][0] == "heading" or block_text(blocks[i]).rstrip().endswith(":")):
            i += 1
        if i >= len(blocks) - 1:
            i = len(blocks) - 2
        while i in seen:
            i += 1
        if 0 <= i < len(blocks) - 1:
            seen.add(i)
            marks[i] = k + 1
    return marks


def tiree(p: Page) -> str:
    rng = p.rng
    site = "tiree"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    card, m = p.card, tr_meta(p.title)
    new = carries(site, "cdm7", 6, p)
    marks = page_breaks(p.blocks)
    pieces: list[tuple[str, str]] = [("marker", "<p>[Page 1]</p>")]
    p.clutter.append("[Page 1]")
    shown = shown_pieces(p, lambda v: f"<p><strong>{esc(v)}</strong></p>", lambda v, k: f"<p>{esc(v)}</p>",
                         lambda v: f"<blockquote><p>{esc(v)}</p></blockquote>",
                         lambda o, items: f"<{'ol' if o else 'ul'}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{'ol' if o else 'ul'}>")
    for k, piece in enumerate(shown):
        pieces.append(piece)
        if k in marks and (p.cut is None or k < p.cut - 1):
            pieces.append(("marker", f"<p>[Page {marks[k]}]</p>"))
            p.clutter.append(f"[Page {marks[k]}]")
    n_essay = len(pieces)
    if carries(site, "volunteer", 13, p):
        label = rng.choice(TR_NOTE_LABELS)
        text = pick_note(TR_NOTES, p)
        slot_in(pieces, spot(n_essay, rng, 3, 7), ("note", f"<p><em>[{esc(label)} {esc(text)}]</em></p>"))
        p.clutter.append(f"[{label} {text}]")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = "Page 1 of the entry as it was handed in. The pencil marks are the adjudicators'."
            piece = (f'<p><a href="/utils/ajaxhelper/?CISOROOT={TR_ALIAS}&amp;CISOPTR={m["item"] + 1}&amp;action=2&amp;DMSCALE=100">'
                     f'<img src="/utils/ajaxhelper/?CISOROOT={TR_ALIAS}&amp;CISOPTR={m["item"] + 1}&amp;action=2&amp;DMSCALE=20&amp;DMWIDTH=400" '
                     f'alt="Page 1 of the entry" width="400" height="566" /></a><br /><em>{esc(caption)}</em></p>')
        else:
            caption = f"[Drawing: the entrant's sketch map of {card['setting']}; see the page image]"
            piece = f"<p>{esc(caption)}</p>"
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        first_hidden = 1 + sum(1 for k in marks if k < p.cut - 1)
        more = p.rest_words()
        wall = (f"[The rest of this entry, from page {first_hidden} on, has not been keyed in yet. The remaining "
                f"{fmt_int(more)} words will appear here once a volunteer has checked them.]")
        pieces.append(("wall", f'<p>{esc(wall)}</p>\n<p><a href="/cdm/volunteer">Help us key in this collection</a></p>'))
        p.clutter += [wall, "Help us key in this collection"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<p><strong>Works Cited</strong></p>"))
        pieces.append(("refs", "\n".join(f"<p>{mk}</p>" for _, mk in p.refs)))
    transcript = "\n".join(h for _, h in pieces)

    # the catalogue record
    digitised = date(2015, 1, 12) + timedelta(days=rng.randint(0, 420))
    keyed = digitised + timedelta(days=rng.randint(20, 300))
    vol, checker = rng.choice(TR_VOLUNTEERS), rng.choice(TR_CHECKERS)
    ref_url = f"https://{TR_HOST}{tr_href(p.title, new)}"
    description = (f"Entry to the {m['year']} prize, keyed in from the handwritten original. The entrant writes "
                   f"about {card['x']}, with attention to {card['strands'][0]} and {card['strands'][-1]}.")
    subjects = f"{p.category} -- {card['period'].replace(' to ', '-')}; {cap(card['x'])}"
    verdict = rng.choice(TR_VERDICTS)
    before = placed_before(site, "verdict", p)
    rows = [("Title", esc(p.title)), ("Creator", f"Entrant {m['entrant']}, {esc(m['school'])}"),
            ("Section", esc(m["section"])), ("Award", esc(m["award"])), ("Year of competition", str(m["year"])),
            ("Subject", esc(subjects)), ("Description", esc(description))]
    tail = [("Physical description", f"{plural(p.pages, 'page')}, handwritten on lined paper"),
            ("Words declared on entry form", fmt_int(p.words)),
            ("Text entered by", esc(f"{vol}, {month_year(keyed)}; checked by {checker}")),
            ("Rights", esc(TR_RIGHTS)), ("Type", "Text"), ("Format", "image/jpeg; text/html"),
            ("Language", "English"), ("Identifier", f"ESP-{m['year']}-{m['entrant']:03d}"),
            ("Collection", esc(TR_COLL)), ("Date digitised", digitised.isoformat()), ("Reference URL", esc(ref_url))]
    for k, v in rows[1:] + tail:
        p.clutter.append(f"{k} {html.unescape(v)}")
    p.clutter += ["Adjudicators' verdict", verdict, "Transcript"]
    notice = ""
    if carries(site, "permission", 6, p):
        granted = m["year"] + rng.randint(3, 8)
        notice_text = f"Permission to show this entry online was given by the entrant in {granted}."
        notice = notice_text
        p.clutter.append(notice_text)
    banner = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        banner = TR_BANNERS[turn]
        p.clutter.append(banner)
    # other entries, each with its first sentence
    elsewhere = []
    for t in rng.sample(p.others, 3):
        mt = tr_meta(t)
        opens = opening_of(t)
        elsewhere.append((t, f"{mt['year']} \u00b7 {mt['award']}", opens))
        p.clutter += [t, f"{mt['year']} \u00b7 {mt['award']}", f"Opens: \u201c{opens}\u201d", opens]
    years = sorted({tr_meta(t)["year"] for t in p.site_titles})
    schools = sorted({tr_meta(t)["school"] for t in p.site_titles})
    p.clutter += ["Elsewhere in this collection", "Advanced Search", "Add to favorites", "Fit to window",
                            "Zoom out", "Add a comment", "There are no comments on this item yet.", TR_FOOT,
                            "Powered by CONTENTdm", "Strathcoyle Council", f"{TR_LIBRARY} Digital Collections"]
    p.clutter += ["Browse All"] if new else schools + ["Browse this collection", "Year of competition", "My Favorites",
                                                       "this collection", "all collections"]
    page_links = [f"Page {k}" for k in range(1, p.pages + 1)]
    p.clutter += page_links
    args = dict(rows=rows, tail=tail, transcript=transcript, verdict=verdict, before=before, notice=notice,
                banner=banner, elsewhere=elsewhere, years=years, schools=schools, page_links=page_links, m=m,
                ref_url=ref_url)
    return tr_cdm7(p, **args) if new else tr_cdm6(p, **args)


def tr_cdm6(p: Page, rows, tail, transcript, verdict, before, notice, banner, elsewhere, years, schools, page_links, m,
            ref_url) -> str:
    def row(label: str, value: str, cls: str = "") -> str:
        return (f'<tr{cls}><td class="description_col1">{label}</td>\n'
                f'<td class="description_col2">{value}</td></tr>')

    verdict_row = row("Adjudicators' verdict", esc(verdict))
    body_rows = "\n".join(row(k, v) for k, v in rows)
    body_rows += "\n" + (verdict_row + "\n" if before else "")
    body_rows += row("Transcript", f'<div class="transcript">\n{transcript}\n</div>', ' class="co-transcript"') + "\n"
    body_rows += (verdict_row + "\n" if not before else "")
    body_rows += "\n".join(row(k, v) for k, v in tail)
    side = "".join(f'<li><a href="{tr_href(t, False)}">{esc(t)}</a><br /><span class="co-related-meta">{esc(meta)}</span><br />'
                   f'<span class="co-related-first">Opens: \u201c{esc(opens)}\u201d</span></li>' for t, meta, opens in elsewhere)
    facet_years = "".join(f'<li><a href="/cdm/search/collection/{TR_ALIAS}/field/date/searchterm/{y}">{y}</a></li>' for y in years)
    facet_schools = "".join(f'<li><a href="/cdm/search/collection/{TR_ALIAS}/field/creato/searchterm/{quote(s)}">{esc(s)}</a></li>' for s in schools)
    compound = "".join(f'<li{ACTIVE if k == 0 else ""}><a href="{tr_href(p.title, False)}/show/{m["item"] + k + 1}">{t}</a></li>'
                       for k, t in enumerate(page_links))
    banner_html = f'<div id="co-alert" class="cdm_alert"><p>{esc(banner)}</p></div>\n' if banner else ""
    notice_html = f'<p class="co-permission">{esc(notice)}</p>\n' if notice else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(p.title)} - {esc(TR_COLL)} - {esc(TR_PORTAL)}</title>
<meta name="description" content="{html.escape(TR_COLL)}: {html.escape(p.title)}" />
<link rel="stylesheet" type="text/css" href="/ui/cdm/default/collection/default/css/cdm_main.css?version=1378234541" />
<link rel="stylesheet" type="text/css" href="/ui/custom/default/collection/coll_{TR_ALIAS}/resources/custom.css" />
<script type="text/javascript" src="/ui/cdm/default/collection/default/js/jquery/jquery-1.7.2.min.js"></script>
<script type="text/javascript">var CONTENTdm = {{"version": "6.5.1", "collection": "{TR_ALIAS}", "item": {m["item"]}}};</script>
</head>
<body id="cdm_compoundobject" class="cdm_collection_{TR_ALIAS}">
<div id="main_container" class="cdm_main_container">
<div id="header" class="cdm_header">
<div id="header_banner"><a href="/"><img src="/ui/custom/default/collection/default/resources/custom_banner.jpg" alt="{html.escape(TR_PORTAL)}" width="980" height="110" /></a></div>
<div id="header_title"><span class="header_library">{esc(TR_LIBRARY)}</span> <span class="header_portal">Digital Collections</span></div>
<div id="nav_top" class="cdm_nav"><ul>
<li><a href="/">Home</a></li>
<li><a href="/cdm/search/collection/{TR_ALIAS}">Browse</a></li>
<li><a href="/cdm/about">About</a></li>
<li><a href="/cdm/search/searchterm/advanced">Advanced Search</a></li>
<li><a href="/cdm/favorites">My Favorites</a></li>
<li><a href="/cdm/preferences">Preferences</a></li>
<li><a href="/cdm/help">Help</a></li>
</ul></div>
<div id="search_simple"><form action="/cdm/search" method="get"><label for="search_content_t">Search</label> <input type="text" id="search_content_t" name="searchterm" value="" /> <select name="collection"><option value="{TR_ALIAS}">this collection</option><option value="all">all collections</option></select> <input type="submit" value="Go" /></form></div>
</div>
{banner_html}<div id="breadcrumb_top" class="cdm_breadcrumb"><a href="/">Home</a> &gt; <a href="/cdm/landingpage/collection/{TR_ALIAS}">{esc(TR_COLL)}</a> &gt; <span class="breadcrumb_current">{esc(p.title)}</span></div>
<div id="content_container">
<div id="co-sidebar" class="cdm_sidebar">
<h2>Browse this collection</h2>
<h3>Year of competition</h3><ul class="facet">{facet_years}</ul>
<h3>School</h3><ul class="facet">{facet_schools}</ul>
<h2>Elsewhere in this collection</h2><ul class="co-related">{side}</ul>
</div>
<div id="co-content" class="cdm_item">
<h1 id="title_text" class="cdm_item_title">{esc(p.title)}</h1>
<div id="co-actions"><a href="/cdm/favorites/add/{m["item"]}">Add to favorites</a> | <a href="/cdm/printview/collection/{TR_ALIAS}/id/{m["item"]}">Print</a> | <a href="#share">Share</a></div>
<div id="image_viewer" class="cdm_viewer"><img src="/utils/ajaxhelper/?CISOROOT={TR_ALIAS}&amp;CISOPTR={m["item"] + 1}&amp;action=2&amp;DMSCALE=12" alt="Page 1" width="300" height="424" />
<ul id="viewer_controls"><li><a href="#zoomin">Zoom in</a></li><li><a href="#zoomout">Zoom out</a></li><li><a href="#rotate">Rotate</a></li><li><a href="#fit">Fit to window</a></li></ul></div>
<div id="co-compound" class="cdm_compound_nav"><ol>{compound}<li><a href="{tr_href(p.title, False)}/show/{m["item"]}">Transcript</a></li></ol></div>
<div id="co-tabs"><ul><li class="active"><a href="#description">Description</a></li><li><a href="#comments">Comments</a></li><li><a href="#tags">Tags</a></li></ul></div>
{notice_html}<table id="metadata_table" class="cdm_description" cellspacing="0">
{body_rows}
</table>
<div id="co-comments"><h3>Comments</h3><p>There are no comments on this item yet. <a href="/cdm/comments/add/{m["item"]}">Add a comment</a></p></div>
</div>
</div>
<div id="footer" class="cdm_footer"><p>{esc(TR_FOOT)}</p><p>&copy; Strathcoyle Council &middot; <a href="http://www.oclc.org/contentdm/">Powered by CONTENTdm&reg;</a></p></div>
</div>
</body>
</html>
"""


def tr_cdm7(p: Page, rows, tail, transcript, verdict, before, notice, banner, elsewhere, years, schools, page_links, m,
            ref_url) -> str:
    def row(label: str, value: str) -> str:
        return (f'<tr class="field-{slug(label)}"><td class="field-label"><span>{label}</span></td>\n'
                f'<td class="field-value"><span>{value}</span></td></tr>')

    verdict_html = (f'<div class="ItemView-verdict"><h2 class="ItemView-panelHeading">Adjudicators\' verdict</h2>'
                    f'<p>{esc(verdict)}</p></div>')
    transcript_html = (f'<div class="ItemTranscript-container"><h2 class="ItemView-panelHeading">Transcript</h2>'
                       f'<div class="ItemTranscript-text">\n{transcript}\n</div></div>')
    panel = f"{verdict_html}\n{transcript_html}" if before else f"{transcript_html}\n{verdict_html}"
    table = "\n".join(row(k, v) for k, v in rows + tail)
    related = "".join(f'<li class="RelatedItems-item"><a href="{tr_href(t, True)}">{esc(t)}</a> <span class="RelatedItems-meta">{esc(meta)}</span> '
                      f'<span class="RelatedItems-first">Opens: \u201c{esc(opens)}\u201d</span></li>' for t, meta, opens in elsewhere)
    thumbs = "".join(f'<li class="CompoundItemNavigation-item"><a href="{tr_href(p.title, True)}/rec/{k + 1}"><img src="/digital/api/singleitem/collection/{TR_ALIAS}/id/{m["item"] + k + 1}/thumbnail" alt="" /><span>{t}</span></a></li>'
                     for k, t in enumerate(page_links))
    banner_html = f'<div class="SiteAlert-alert" role="alert"><p>{esc(banner)}</p></div>\n' if banner else ""
    notice_html = f'<div class="ItemView-notice"><p>{esc(notice)}</p></div>\n' if notice else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(p.title)} - {esc(TR_COLL)} - {esc(TR_PORTAL)}</title>
<link rel="stylesheet" href="/digital/static/css/main.8c1f2a7e.css">
<link rel="stylesheet" href="/customizations/global/pages/css/custom.css">
<script>window.__CDM_CONFIG__ = {{"version": "7.0.4", "collection": "{TR_ALIAS}", "id": {m["item"]}}};</script>
</head>
<body>
<div id="root"><div class="CoreLayout-mainWrapperContainer">
<header class="Header-headerContainer"><div class="Header-logoHolder"><a href="/digital"><img src="/customizations/global/pages/images/header_logo.png" alt="{html.escape(TR_PORTAL)}"></a></div>
<span class="Header-siteTitle">{esc(TR_LIBRARY)} Digital Collections</span>
<nav class="Header-nav"><ul class="Header-navList"><li><a href="/digital">Home</a></li><li><a href="/digital/search">Browse All</a></li><li><a href="/digital/about">About</a></li><li><a href="/digital/help">Help</a></li></ul></nav></header>
<div class="SimpleSearch-container"><form action="/digital/search" role="search"><input type="text" aria-label="Search" placeholder="Search all collections"><button type="submit">Search</button></form> <a class="SimpleSearch-advanced" href="/digital/search/advanced">Advanced Search</a></div>
{banner_html}<main class="CoreLayout-mainwrapper">
<nav class="Breadcrumb-container" aria-label="breadcrumb"><ol class="breadcrumb"><li><a href="/digital">Home</a></li><li><a href="/digital/collection/{TR_ALIAS}">{esc(TR_COLL)}</a></li><li class="active">{esc(p.title)}</li></ol></nav>
<div class="ItemView-mainContainer">
<div class="ItemTitle-container"><h1 class="ItemTitle-primaryTitle">{esc(p.title)}</h1></div>
<div class="ItemOptions-itemOptions"><button class="btn">Add to favorites</button> <button class="btn">Share</button> <button class="btn">Print</button></div>
<div class="ItemView-itemViewerContainer"><div class="ItemImage-itemImage"><img src="/digital/api/singleitem/image/{TR_ALIAS}/{m["item"] + 1}/default.jpg" alt="Page 1"></div>
<div class="ItemImage-controls"><button>Zoom in</button> <button>Zoom out</button> <button>Rotate</button> <button>Fit to window</button></div>
<ul class="CompoundItemNavigation-list">{thumbs}<li class="CompoundItemNavigation-item"><a href="{tr_href(p.title, True)}"><span>Transcript</span></a></li></ul></div>
{notice_html}<div class="ItemView-panelContainer">
{panel}
<div class="ItemView-description"><h2 class="ItemView-panelHeading">Description</h2>
<table class="ItemDescription-table">
{table}
</table></div>
<div class="ItemView-related"><h2 class="ItemView-panelHeading">Elsewhere in this collection</h2><ul class="RelatedItems-list">{related}</ul></div>
<div class="ItemView-comments"><h2 class="ItemView-panelHeading">Comments</h2><p>There are no comments on this item yet. <a href="/digital/collection/{TR_ALIAS}/id/{m["item"]}/comment">Add a comment</a></p></div>
</div></div></main>
<footer class="Footer-container"><p>{esc(TR_FOOT)}</p><p>&copy; Strathcoyle Council &middot; Powered by CONTENTdm&reg; &middot; <a href="/digital/accessibility">Accessibility</a> &middot; <a href="/digital/privacy">Privacy</a></p></footer>
</div></div>
</body>
</html>
"""


# ---- 2. colonsay: a teacher's Apple iWeb site, published to MobileMe ---------------------------------------------

CL_TEACHER = "Mr Ardern"
CL_SITE = "Mr Ardern's History Room"
CL_SCHOOL = "Lochbuie High School"
CL_BASE = "http://web.me.com/dardern/History_Room"
CL_NAV = [("Welcome", "../Welcome.html"), ("Higher History", "../Higher_History.html"),
          ("Essays to Study", "Essays_to_Study.html"), ("Revision", "../Revision.html"), ("Links", "../Links.html"),
          ("Contact Me", "../Contact_Me.html")]
CL_NOTE_LABELS = ["Mr Ardern says:", "Marker's aside:", "Note for S5:", "Look at this:"]
CL_NOTES = [
    "here the pupil stops telling the story and starts making a case",
    "every paragraph here ends by answering the question",
    "a good place to bring in a historian's view, and it does",
    "this paragraph would gain a mark with one more precise date",
    "the counter-argument comes before the conclusion, as it should",
    "notice the short sentence at the start: it tells the marker what is coming",
    "exactly the sort of evidence the marking instructions want",
]
CL_BANNERS = [
    "Prelim timetable: the History paper is on Tuesday 17 January, periods 3 and 4.",
    "Study support runs in room 14 every Wednesday after school until the exams.",
    "New this week: two more essays on the Reformation topic have been added.",
]
CL_PERMISSION = "Shared with the pupil's permission. Names have been taken out."
CL_FOOT = (f"\u00a9 D. Ardern 2009\u20132012. These essays are shared for pupils of {CL_SCHOOL}; please do not hand "
           "them in as your own.")
CL_ROLES = ["title", "sub", "body", "head", "quote", "list", "note", "pull", "about", "more", "foot", "caption",
            "notice", "banner", "wall", "ref", "blank"]
CL_SPANS = ["title", "head", "quote", "pull", "label", "link", "count"]


def cl_file(n: int) -> str:
    return f"Essay_{n}.html"


def colonsay(p: Page) -> str:
    rng = p.rng
    site = "colonsay"
    n = p.index
    p.claimed_words, p.claimed_pages = p.words, p.pages
    card = p.card
    # iWeb numbers its styles in the order it first meets them, so the same role has another name on each page
    nums = rng.sample(range(0, len(CL_ROLES) + 9), len(CL_ROLES))
    ps = {r: "paragraph_style" + (f"_{k}" if k else "") for r, k in zip(CL_ROLES, nums)}
    snums = rng.sample(range(0, len(CL_SPANS) + 6), len(CL_SPANS))
    st = {r: "style" + (f"_{k}" if k else "") for r, k in zip(CL_SPANS, snums)}
    blank = carries(site, "blanklines", 9, p)

    def para(v: str, k: int) -> str:
        return f'<p class="{ps["body"]}">{esc(v)}</p>'

    pieces = shown_pieces(
        p, lambda v: f'<p class="{ps["head"]}"><span style="line-height: 25px; " class="{st["head"]}">{esc(v)}</span></p>', para,
        lambda v: f'<p class="{ps["quote"]}"><span class="{st["quote"]}">{esc(v)}</span></p>',
        lambda o, items: (f'<{"ol" if o else "ul"} class="{"Numbered" if o else "Bullet"}">'
                          + "".join(f'<li style="line-height: 19px; " class="full-width"><p class="{ps["list"]}">{esc(i)}</p></li>' for i in items)
                          + f'</{"ol" if o else "ul"}>'))
    n_essay = len(pieces)
    if carries(site, "margin", 13, p):
        label = rng.choice(CL_NOTE_LABELS)
        text = pick_note(CL_NOTES, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", (
            f'<p class="{ps["note"]}"><span class="{st["label"]}">{esc(label)}</span> {esc(text)}</p>')))
        p.clutter.append(f"{label} {text}")
    if carries(site, "pull", 10, p):
        sen = pull_sentence(p)
        at = rng.randint(2, max(2, len(pieces) - 1))
        slot_in(pieces, at, ("pull", f'<p class="{ps["pull"]}"><span style="line-height: 30px; " class="{st["pull"]}">\u201c{esc(sen)}\u201d</span></p>'))
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = "The marking grid used for this essay (click to enlarge)"
            img = f'<a href="Essay_{n}_files/marking_grid_large.jpg"><img src="Essay_{n}_files/marking_grid.jpg" alt="" style="border: none; height: 180px; width: 420px; " /></a>'
        else:
            caption = f"Photograph: {cap(card['setting'])}"
            img = f'<img src="Essay_{n}_files/droppedImage_{number(site, "img", p.title, mod=9, base=1)}.jpg" alt="" style="height: 240px; width: 420px; " />'
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", (img, f'<p class="{ps["caption"]}">{esc(caption)}</p>')))
        p.clutter.append(caption)
    if p.cut is not None:
        wall = (f"The second half of this essay ({fmt_int(p.rest_words())} words) is in the printed revision booklet, "
                "pages 12 to 15. Ask for a copy in class.")
        pieces.append(("wall", f'<p class="{ps["wall"]}">{esc(wall)}</p>'))
        p.clutter.append(wall)
    if p.cut is None and p.refs:
        pieces.append(("heading", f'<p class="{ps["head"]}"><span style="line-height: 25px; " class="{st["head"]}">Works Cited</span></p>'))
        pieces.append(("refs", "".join(f'<p class="{ps["ref"]}">{mk}</p>' for _, mk in p.refs)))

    # every piece becomes an absolutely placed box; the essay's run of pieces is cut wherever another box comes in
    boxes: list[tuple[str, str]] = []  # (role, html)
    ids = iter(rng.sample(range(1, 60), 40))
    top = 250

    def textbox(inner: str, height: int, left: int = 40, width: int = 420, stroke: str = "style_SkipStroke") -> str:
        nonlocal top
        html_ = (f'<div id="id{next(ids)}" style="height: {height}px; left: {left}px; position: absolute; top: {top}px; width: {width}px; z-index: 1; " class="{stroke} shape-with-text">'
                 f'<div class="text-content graphic_textbox_layout_style_default_External_{width}_{height}" style="padding: 0px; ">'
                 f'<div class="graphic_textbox_layout_style_default">{inner}</div></div></div>')
        top += height + 18
        return html_

    def height_of(text: str, per_line: int = 11, line: int = 19) -> int:
        words = len(re.sub(r"<[^>]+>", " ", text).split())
        return max(line, (words // per_line + text.count("<p") + text.count("<li")) * line)

    run: list[str] = []

    def flush() -> None:
        if run:
            sep = f'\n<p class="{ps["blank"]}"><br /></p>\n' if blank else "\n"
            inner = sep.join(run)
            boxes.append(("essay", textbox(inner, height_of(inner))))
            run.clear()

    for kind, h in pieces:
        if kind in ("heading", "lead", "text", "refs"):
            run.append(h)
            continue
        flush()
        if kind == "note":
            boxes.append(("note", textbox(h, height_of(h, 7, 17) + 24, left=60, width=380, stroke="style_1 shape-with-text stroke_0")))
        elif kind == "pull":
            boxes.append(("pull", textbox(h, height_of(h, 6, 30), left=70, width=360)))
        elif kind == "grid":
            img, cap_html = h
            boxes.append(("grid", f'<div style="height: 240px; left: 40px; position: absolute; top: {top}px; width: 420px; z-index: 1; " class="tinyText style_2 stroke_1">{img}</div>'))
            top += 250
            boxes.append(("caption", textbox(cap_html, 19)))
        else:
            boxes.append(("wall", textbox(h, 60)))
    flush()
    essay_bottom = top

    # the other boxes
    posted = date(2009, 8, 20) + timedelta(days=rng.randint(0, 900))
    title_box = (f'<div id="id{next(ids)}" style="height: 76px; left: 40px; position: absolute; top: 128px; width: 620px; z-index: 1; " class="style_SkipStroke shape-with-text">'
                 f'<div class="text-content graphic_textbox_layout_style_default_External_620_76" style="padding: 0px; "><div class="graphic_textbox_layout_style_default">'
                 f'<p style="padding-bottom: 0pt; padding-top: 0pt; " class="{ps["title"]}"><span style="line-height: 36px; " class="{st["title"]}">{esc(p.title)}</span></p></div></div></div>')
    sub = f"Essay {n} \u00b7 {p.level} \u00b7 posted {posted.day} {posted.strftime('%B %Y')}"
    sub_box = (f'<div id="id{next(ids)}" style="height: 22px; left: 40px; position: absolute; top: 210px; width: 620px; z-index: 1; " class="style_SkipStroke shape-with-text">'
               f'<div class="text-content graphic_textbox_layout_style_default_External_620_22" style="padding: 0px; "><div class="graphic_textbox_layout_style_default">'
               f'<p style="padding-bottom: 0pt; padding-top: 0pt; " class="{ps["sub"]}">{esc(sub)}</p></div></div></div>')
    p.clutter.append(sub)
    about_lines = ["About this essay", f"Course: {p.level}", f"Mark: {p.grade}", f"Pupil's word count: {fmt_int(p.words)}",
                   f"Printed copy: {plural(p.pages, 'page')}"]
    about_inner = (f'<p class="{ps["about"]}"><span class="{st["label"]}">{about_lines[0]}</span></p>'
                   + "".join(f'<p class="{ps["about"]}">{esc(x)}</p>' for x in about_lines[1:]))
    about_box = (f'<div id="id{next(ids)}" style="height: 130px; left: 490px; position: absolute; top: 250px; width: 180px; z-index: 1; " class="style_3 shape-with-text">'
                 f'<div class="text-content graphic_textbox_layout_style_default_External_180_130" style="padding: 0px; "><div class="graphic_textbox_layout_style_default">{about_inner}</div></div></div>')
    p.clutter += about_lines
    side_top = 400
    extra_boxes = []
    if carries(site, "permission", 6, p):
        extra_boxes.append(f'<div id="id{next(ids)}" style="height: 40px; left: 490px; position: absolute; top: {side_top}px; width: 180px; z-index: 1; " class="style_SkipStroke shape-with-text">'
                           f'<div class="text-content graphic_textbox_layout_style_default_External_180_40" style="padding: 0px; "><div class="graphic_textbox_layout_style_default"><p class="{ps["notice"]}">{esc(CL_PERMISSION)}</p></div></div></div>')
        p.clutter.append(CL_PERMISSION)
        side_top += 60
    others = ""
    order = {t: k for k, t in enumerate(p.site_titles, 1)}
    for t in rng.sample(p.others, 3):
        sen = thesis_of(t)
        others += (f'<p class="{ps["more"]}"><a href="{cl_file(order[t])}" class="{st["link"]}">Essay {order[t]}: {esc(t)}</a></p>'
                   f'<p class="{ps["more"]}">The argument in brief: \u201c{esc(sen)}\u201d</p>')
        p.clutter += [f"Essay {order[t]}: {t}", sen]
    more_box = (f'<div id="id{next(ids)}" style="height: 300px; left: 490px; position: absolute; top: {side_top}px; width: 180px; z-index: 1; " class="style_SkipStroke shape-with-text">'
                f'<div class="text-content graphic_textbox_layout_style_default_External_180_300" style="padding: 0px; "><div class="graphic_textbox_layout_style_default">'
                f'<p class="{ps["more"]}"><span class="{st["label"]}">Other essays to study</span></p>{others}</div></div></div>')
    p.clutter += ["Other essays to study", "The argument in brief:"]
    banner_box = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        banner_box = (f'<div id="id{next(ids)}" style="height: 30px; left: 40px; position: absolute; top: 92px; width: 620px; z-index: 2; " class="style_4 shape-with-text">'
                      f'<div class="text-content graphic_textbox_layout_style_default_External_620_30" style="padding: 0px; "><div class="graphic_textbox_layout_style_default"><p class="{ps["banner"]}">{esc(CL_BANNERS[turn])}</p></div></div></div>')
        p.clutter.append(CL_BANNERS[turn])
    # the source order of the boxes: iWeb writes them in the order they were made
    essay_boxes = [h for _, h in boxes]
    first = [banner_box] if banner_box else []
    about_first = placed_before(site, "about", p)
    if carries(site, "titlelast", 8, p):
        order_html = first + ([about_box] if about_first else []) + essay_boxes + ([] if about_first else [about_box]) + [title_box, sub_box] + extra_boxes + [more_box]
    else:
        order_html = first + [title_box, sub_box] + ([about_box] if about_first else []) + essay_boxes + ([] if about_first else [about_box]) + extra_boxes + [more_box]
    visitors = rng.randint(900, 16000)
    counter = f"Visitors since January 2009: {fmt_int(visitors)}"
    nav = "".join(f'<li{CURRENT if t == "Essays to Study" else ""}><a href="{h}">{t}</a></li>' for t, h in CL_NAV)
    p.clutter += [CL_SITE, counter, CL_FOOT, "Essays to Study", "Contact Me"]
    body_height = max(essay_bottom, side_top + 320) + 40
    css = f"Essay_{n}_files/Essay_{n}"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <meta name="Generator" content="iWeb 3.0.4" />
    <meta name="iWeb-Build" content="local-build-20110720" />
    <meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />
    <meta name="viewport" content="width=700" />
    <title>Essay {n}</title>
    <link rel="stylesheet" type="text/css" media="screen,print" href="{css}.css" />
    <!--[if lt IE 8]><link rel='stylesheet' type='text/css' media='screen,print' href='{css}IE.css'/><![endif]-->
    <!--[if gte IE 8]><link rel='stylesheet' type='text/css' media='screen,print' href='Media/IE8.css'/><![endif]-->
    <script type="text/javascript" src="Scripts/iWebSite.js"></script>
    <script type="text/javascript" src="Scripts/Widgets/SharedResources/WidgetCommon.js"></script>
    <script type="text/javascript" src="Scripts/Widgets/Navbar/navbar.js"></script>
    <script type="text/javascript" src="Scripts/Widgets/HitCounter/hitcounter.js"></script>
    <script type="text/javascript" src="{css}.js"></script>
  </head>
  <body style="background: rgb(244, 241, 232); margin: 0pt; " onload="onPageLoad();" onunload="onPageUnload();">
    <div style="text-align: center; ">
      <div style="margin-bottom: 0px; margin-left: auto; margin-right: auto; margin-top: 0px; overflow: hidden; position: relative; word-wrap: break-word;  background: transparent url({css}_bg.jpg) repeat scroll top left; text-align: left; width: 700px; " id="body_content">
        <div style="float: left; height: 0px; line-height: 0px; margin-left: 0px; position: relative; width: 700px; z-index: 10; " id="header_layer">
          <div style="height: 0px; line-height: 0px; " class="bumper"> </div>
          <div id="id{next(ids)}" style="height: 40px; left: 40px; position: absolute; top: 18px; width: 620px; z-index: 1; " class="style_SkipStroke shape-with-text"><div class="text-content graphic_textbox_layout_style_default_External_620_40" style="padding: 0px; "><div class="graphic_textbox_layout_style_default"><p class="{ps["foot"]}">{esc(CL_SITE)}</p></div></div></div>
          <div id="widget0-bootstrap" style="height: 1px; left: 40px; position: absolute; top: 62px; width: 620px; z-index: 1; "><div class="navbar" id="widget0" style="visibility: visible; "><div class="navbar-bg"><ul class="navbar-list">{nav}</ul></div></div></div>
        </div>
        <div style="height: 0px; line-height: 0px; " class="spacer"> </div>
        <div style="margin-left: 0px; position: relative; width: 700px; z-index: 0; " id="nav_layer">
          <div style="height: 0px; line-height: 0px; " class="bumper"> </div>
          <div style="clear: both; height: 0px; line-height: 0px; " class="spacer"> </div>
        </div>
        <div style="height: {body_height}px; margin-left: 0px; position: relative; width: 700px; z-index: 15; " id="body_layer">
          <div style="height: 0px; line-height: 0px; " class="bumper"> </div>
          {chr(10).join("          " + b for b in order_html).lstrip()}
        </div>
        <div style="height: 120px; margin-left: 0px; position: relative; width: 700px; z-index: 15; " id="footer_layer">
          <div style="height: 0px; line-height: 0px; " class="bumper"> </div>
          <div id="id{next(ids)}" style="height: 40px; left: 40px; position: absolute; top: 10px; width: 520px; z-index: 1; " class="style_SkipStroke shape-with-text"><div class="text-content graphic_textbox_layout_style_default_External_520_40" style="padding: 0px; "><div class="graphic_textbox_layout_style_default"><p class="{ps["foot"]}">{esc(CL_FOOT)}</p></div></div></div>
          <div id="widget1-bootstrap" style="height: 24px; left: 40px; position: absolute; top: 60px; width: 300px; z-index: 1; "><div class="hitcounter" id="widget1"><span class="{st["count"]}">{esc(counter)}</span></div></div>
          <a href="http://www.apple.com/mac/" style="display: block; height: 32px; left: 590px; position: absolute; top: 60px; width: 87px; z-index: 1; "><img src="Media/made_on_a_mac.png" alt="Made on a Mac" style="border: none; height: 32px; width: 87px; " /></a>
        </div>
      </div>
    </div>
  </body>
</html>
"""


# ---- 3. berneray: a community site on the Everything engine, nodes of writeups ------------------------------------

BR_SITE = "The Longhouse"
BR_HOST = "www.thelonghouse.net"
BR_MEMBERS = ["saltmarsh", "quillon", "tenpenny", "Ossory", "gannetry", "Brack", "lowtide", "Morven", "fencepost",
              "Skerryman", "halyard", "Tiresias2", "wee_yin", "ferrule", "Aird", "mossbank"]
BR_SHORT_A = [
    "A shorter note, for anyone who wants the outline before the long version: this all happened in {setting}, and {people} are at the heart of it.",
    "I came to {x} through a museum visit rather than a book, and what stayed with me was {s1}.",
    "Adding a few lines here rather than starting a new node: the usual telling of {x} leaves out how ordinary most of it was.",
    "My grandfather used to tell a version of {x} that I have never found in print.",
    "If you only have five minutes, the thing to know about {x} is that nobody agrees how to tell it.",
]
BR_SHORT_B = [
    "For more, the softlinks below are better than anything I could add.",
    "I would put more weight on {s3} than most writers do, but that is another writeup.",
    "Corrections welcome by message; I wrote this from memory on a train.",
    "See also the longer writeup on this node, which covers the arguments properly.",
    "Whether any of this changes the verdict is for the reader to decide.",
]
BR_EDIT_LABELS = ["Editor's tidy-up:", "Copyedit:", "Node note:", "Ed.:"]
BR_EDITS = [
    "this paragraph was tightened after a request on the editor log",
    "a broken hard link here has been repaired",
    "the author asks that corrections go by private message, not as new writeups",
    "a sentence quoting a copyrighted book was taken out here",
    "this writeup was revised after it reached the front page",
    "nobody has checked the figures in this paragraph against a source",
    "two short paragraphs were joined here during the node audit",
]
BR_BANNERS = [
    "Server move this weekend: the Longhouse may be read-only from Friday evening.",
    "The spring history quest closes on 31 May. Get your writeups in!",
    "New members: please read the style guide before posting your first writeup.",
]
BR_CHAT = [
    "good morning all", "anyone else's message box empty today?", "the new one on {topic} is worth a read",
    "/me puts the kettle on", "who broke the search box again", "is there a house style for reference lists?",
    "voting is open for this month's quest", "back in ten", "that storm last night took our fence down",
    "thanks for the C! whoever that was", "off to bed, night all",
]
BR_GENERIC = [("wet weather", "idea"), ("the kettle in the staff room", "thing"), ("Ardnamurchan Point", "place"),
              ("a dream about the ferry", "dream"), ("how to mend a bicycle chain", "how-to"),
              ("Saturday 14 February", "log"), ("tidal bores", "thing"), ("first jobs", "idea")]
BR_SOFT = ["history", "essay", "what really happened", "the Longhouse style guide", "primary sources",
           "historiography", "things people get wrong", "archives", "history quest", "footnotes"]


def br_stamp(d: datetime) -> str:
    return d.strftime("%a %b %d %Y at %H:%M:%S")


def berneray(p: Page) -> str:
    rng = p.rng
    site = "berneray"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    card = p.card
    author = rng.choice(BR_MEMBERS)
    links = sorted({card["x"], card["setting"]}, key=len, reverse=True)
    if links[-1] in links[0]:
        links.pop()

    def linked(text: str) -> str:
        out = esc(text)
        for phrase in links:
            if phrase and esc(phrase) in out and len(phrase) > 5:
                out = out.replace(esc(phrase), f'<a href="/title/{quote(phrase)}" class="hardlink">{esc(phrase)}</a>', 1)
        return out

    pieces = shown_pieces(p, lambda v: f"<h3>{esc(v)}</h3>", lambda v, k: f"<p>{linked(v)}</p>",
                          lambda v: f"<blockquote><p>{esc(v)}</p></blockquote>",
                          lambda o, items: f"<{'ol' if o else 'ul'}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{'ol' if o else 'ul'}>")
    n_essay = len(pieces)
    if carries(site, "ednote", 13, p):
        label = rng.choice(BR_EDIT_LABELS)
        text = pick_note(BR_EDITS, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<p class="ednote"><small>[{esc(label)} {esc(text)}]</small></p>'))
        p.clutter.append(f"[{label} {text}]")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Picture: a public-domain engraving of {card['setting']}"
            piece = (f'<p><img src="/images/uploaded/{digest(site, "pic", p.title, n=16)}.jpg" alt="" width="320" height="220"><br>'
                     f"<small>{esc(caption)}</small></p>")
            p.clutter.append(caption)
        else:
            reader = rng.choice([u for u in BR_MEMBERS if u != author])
            small = f"({rng.randint(3, 6)} min, recorded by {reader})"
            piece = (f'<p class="audio"><a href="/audio/{number(site, "audio", p.title, mod=90000, base=10000)}.mp3">&#9654; '
                     f"Listen to the author reading this writeup</a> <small>{esc(small)}</small></p>")
            p.clutter += ["Listen to the author reading this writeup", small]
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        wall = f"The other {fmt_int(p.rest_words())} words of this writeup are only shown to signed-in members."
        pieces.append(("wall", f'<p class="guestcut"><b>{esc(wall)}</b> <a href="/node/superdoc/login">Log in</a> or '
                               f'<a href="/node/superdoc/Sign+up">register</a> to see the whole writeup.</p>'))
        p.clutter += [wall, "Log in or register to see the whole writeup."]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h3>Works Cited</h3>"))
        pieces.append(("refs", "\n".join(f'<p class="wuref">{mk}</p>' for _, mk in p.refs)))
    if carries(site, "quest", 6, p):
        when = date(2003, 1, 1) + timedelta(days=rng.randint(0, 1200))
        quest = f"Written for the Longhouse history quest, {month_year(when)}."
        pieces.append(("note", f'<p class="quest"><i>{esc(quest)}</i></p>'))
        p.clutter.append(quest)
    created = datetime(2002, 3, 1, 8, 0) + timedelta(days=rng.randint(0, 1150), seconds=rng.randint(0, 86000))
    cools = rng.randint(0, 9)
    length = f"Writeup length: {fmt_int(p.words)} words \u00b7 paper copy: {plural(p.pages, 'page')}"
    p.clutter += [f"(essay) by {author}", br_stamp(created), length, "Log in to vote", "I like it!"]
    if cools:
        p.clutter.append(f"Cooled by {plural(cools, 'member')}")

    def writeup(kind: str, who: str, when: datetime, content: str, foot: str, c: int, wid: int) -> str:
        cooled = f'<span class="cooled">Cooled by {plural(c, "member")}</span> ' if c else ""
        return (f'<div class="item writeup" id="writeup_{wid}">\n<div class="contentinfo contentheader"><table border="0" cellpadding="0" cellspacing="0" width="100%"><tr class="wuhead">'
                f'<td class="wu_type"><span class="type">(<a href="/title/{kind}">{kind}</a>)</span> by</td> <td class="wu_author"><a href="/user/{quote(who)}" class="author">{esc(who)}</a></td> '
                f'<td class="wu_dtcreate"><small class="date">{br_stamp(when)}</small></td></tr></table></div>\n'
                f'<div class="content">\n{content}\n</div>\n'
                f'<div class="contentinfo contentfooter"><table border="0" cellpadding="0" cellspacing="0" width="100%"><tr class="wufoot">'
                f'<td class="wu_length"><small>{esc(foot)}</small></td> <td class="wu_cfull">{cooled}</td> '
                f'<td class="wu_vote"><a href="/node/superdoc/login">Log in to vote</a> &middot; <a href="/node/superdoc/login">I like it!</a></td></tr></table></div>\n</div>')

    essay_html = writeup("essay", author, created, "\n".join(h for _, h in pieces), length, cools, number(site, "wu", p.title, mod=900000, base=100000))
    writeups = [essay_html]
    chosen = _pages_for(site, "second", 8)
    if p.index in chosen:
        other = rng.choice([u for u in BR_MEMBERS if u != author])
        kind = rng.choice(["idea", "thing", "opinion"])
        slots = dict(x=card["x"], setting=card["setting"], people=card["people"], s1=card["strands"][0], s3=card["strands"][-1])
        paras = [rng.choice(BR_SHORT_A).format(**slots), rng.choice(BR_SHORT_B).format(**slots)]
        words2 = sum(len(x.split()) for x in paras)
        foot2 = f"Writeup length: {words2} words \u00b7 paper copy: 1 page"
        when2 = created + timedelta(days=rng.randint(3, 300), seconds=rng.randint(0, 80000))
        short = writeup(kind, other, when2, "\n".join(f"<p>{esc(x)}</p>" for x in paras), foot2, rng.randint(0, 2),
                        number(site, "wu2", p.title, mod=900000, base=100000))
        p.clutter += paras + [foot2, f"({kind}) by {other}", br_stamp(when2)]
        if p.index in random.Random(f"twenty/{SEED}/{site}/second-first").sample(chosen, 3):
            writeups.insert(0, short)
        else:
            writeups.append(short)
    visits = rng.randint(150, 12000)
    info_rows = [("Node:", esc(p.title)), ("Writeups here:", str(len(writeups))),
                 ("Node created:", created.strftime("%d %B %Y")), ("Visits to this node:", fmt_int(visits))]
    info = ('<div class="nodeinfo"><table class="nodeinfo_table">'
            + "".join(f'<tr><td class="ni_label">{k}</td> <td class="ni_value">{v}</td></tr>' for k, v in info_rows) + "</table></div>")
    p.clutter += [f"{k} {html.unescape(v)}" for k, v in info_rows[1:]]
    body = "\n".join(writeups)
    body = f"{info}\n{body}" if placed_before(site, "nodeinfo", p) else f"{body}\n{info}"
    # softlinks, sidebar
    soft = rng.sample(p.others, 5) + rng.sample(BR_SOFT, 7)
    rng.shuffle(soft)
    cells = "".join((("<tr>" if k % 4 == 0 else "") + f'<td class="sl{1 + k % 4}"><a href="/title/{quote(t)}">{esc(t)}</a></td>' + ("</tr>" if k % 4 == 3 else ""))
                    for k, t in enumerate(soft))
    p.clutter += [t for t in soft if t in p.others]
    fresh = [(t, "essay") for t in rng.sample(p.others, 4)] + rng.sample(BR_GENERIC, 4)
    rng.shuffle(fresh)
    new_list = "".join(f'<li><a href="/title/{quote(t)}">{esc(t)}</a> <span class="type">({k})</span></li>' for t, k in fresh)
    p.clutter += [t for t, _ in fresh]
    facts = ""
    for t in rng.sample(p.others, 2):
        fact = second_fact(t)
        facts += f'<p class="strayfact">{esc(fact)}<br><small>\u2014 from <a href="/title/{quote(t)}">{esc(t)}</a></small></p>'
        p.clutter += [fact, f"\u2014 from {t}"]
    chat = ""
    for who, msg in zip(rng.sample(BR_MEMBERS, 5), rng.sample(BR_CHAT, 5)):
        msg = msg.format(topic=p.topic)
        chat += f'<div class="chat"><span class="chatfrom">&lt;<a href="/user/{quote(who)}">{esc(who)}</a>&gt;</span> {esc(msg)}</div>'
        if len(msg) >= 6:
            p.clutter.append(msg)
    here = rng.sample(BR_MEMBERS, rng.randint(4, 8))
    randoms = rng.sample(BR_GENERIC, 3)
    banner = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div id="sitenotice"><p>{esc(BR_BANNERS[turn])}</p></div>\n'
        p.clutter.append(BR_BANNERS[turn])
    foot = ("The Longhouse runs on the Everything engine. Writeups are copyright their authors; everything else "
            "\u00a9 2001\u20132006 the Longhouse collective.")
    p.clutter += [foot, "New Writeups", "Stray Facts", "Chatterbox", "Members here now", "Random Nodes", "A random node",
                  "Create a new user", "Forgot your password?", "Remember me", "Near matches", "Ignore exact",
                  f"created by {author}", "the Longhouse collective"]
    p.clutter += [t for t, _ in randoms]
    node_id = number(site, "node", p.title, mod=900000, base=100000)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(p.title)}@{BR_SITE}</title>
<link rel="stylesheet" id="basesheet" type="text/css" href="/node/stylesheet/{node_id % 97 + 1800}?displaytype=serve" media="all" />
<link rel="canonical" href="https://{BR_HOST}/title/{quote(p.title)}" />
<link rel="alternate" type="application/atom+xml" title="New Writeups" href="/node/ticker/New+Writeups+Atom+Feed" />
<script src="/js/everything.js" type="text/javascript"></script>
</head>
<body class="writeuppage e2node" itemscope itemtype="http://schema.org/WebPage">
<div id="header">
<h1 id="sitelogo"><a href="/">{BR_SITE}</a></h1>
<div id="searchform"><form method="get" action="/" id="search_form"><input type="text" name="node" id="node_search" size="28" maxlength="230" /> <input type="hidden" name="lastnode_id" value="{node_id}" /> <input type="submit" name="searchy" value="search" id="search_submit" />
<span id="searchbox_soundex"><input type="checkbox" id="soundex" name="soundex" value="1" /> <label for="soundex">Near matches</label></span>
<span id="searchbox_matchall"><input type="checkbox" id="match_all" name="match_all" value="1" /> <label for="match_all">Ignore exact</label></span></form></div>
</div>
{banner}<div id="wrapper">
<div id="mainbody" itemprop="mainContentOfPage">
<div id="pageheader">
<h1 class="nodetitle">{esc(p.title)}</h1>
<ul class="topic actions"><li class="createdby">created by <a href="/user/{quote(author)}">{esc(author)}</a></li></ul>
</div>
{body}
<table cellpadding="10" cellspacing="0" border="0" width="100%" id="softlinks">
{cells}
</table>
</div>
<div id="sidebar">
<div class="nodelet" id="signin"><h2 class="nodelet_title">Sign in</h2><div class="nodelet_content"><form method="post" action="/"><label>Username: <input type="text" name="user" size="12" /></label><br /><label>Password: <input type="password" name="passwd" size="12" /></label><br /><label><input type="checkbox" name="expires" value="+10y" /> Remember me</label> <input type="submit" value="Log in" /></form><p><a href="/node/superdoc/Sign+up">Create a new user</a><br /><a href="/node/superdoc/Reset+password">Forgot your password?</a></p></div></div>
<div class="nodelet" id="newwriteups"><h2 class="nodelet_title">New Writeups</h2><div class="nodelet_content"><ul class="infolist">{new_list}</ul></div></div>
<div class="nodelet" id="strayfacts"><h2 class="nodelet_title">Stray Facts</h2><div class="nodelet_content">{facts}</div></div>
<div class="nodelet" id="chatterbox"><h2 class="nodelet_title">Chatterbox</h2><div class="nodelet_content" id="chatterbox_messages">{chat}</div></div>
<div class="nodelet" id="otherusers"><h2 class="nodelet_title">Members here now</h2><div class="nodelet_content"><ul>{"".join(f'<li><a href="/user/{quote(u)}">{esc(u)}</a></li>' for u in here)}</ul></div></div>
<div class="nodelet" id="randomnodes"><h2 class="nodelet_title">Random Nodes</h2><div class="nodelet_content"><ul>{"".join(f'<li><a href="/title/{quote(t)}">{esc(t)}</a></li>' for t, _ in randoms)}</ul><p><a href="/node/superdoc/Random+Node">A random node</a></p></div></div>
</div>
</div>
<div id="footer"><p>{esc(foot)}</p></div>
</body>
</html>
"""


# ---- 4. mingulay: a university student newspaper on College Publisher 5 -------------------------------------------

MG_PAPER = "The Carnbeg Clarion"
MG_UNI = "Carnbeg University"
MG_HOST = "www.carnbegclarion.com"
MG_STORE = "/media/storage/paper741"
MG_FIRST = ["Eilidh", "Callum", "Ruaridh", "Isla", "Fraser", "Kirsty", "Euan", "Shona", "Lachlan", "Ailsa", "Struan",
            "Mairi"]
MG_LAST = ["McGarva", "Dalgleish", "Pettigrew", "Rintoul", "Cuthbertson", "Dunsmuir", "Lumsden", "Kilgour", "Semple",
           "Gilfillan", "Boag", "Templeton"]
MG_ROLES = ["Staff Columnist", "Contributing Writer", "Guest Columnist", "Opinion Editor"]
MG_DECKS = ["Why {x} needs a fresh look", "A student columnist revisits {x}", "{X}: the familiar story, looked at again",
            "What we get wrong about {x}"]
MG_AD_LABELS = ["Advertisement", "Sponsored message", "Paid notice", "Campus advertising"]
MG_ADS = [
    "Luigi's on Quay Street: two large pizzas for \u00a312 with a student card.",
    "Carnbeg Bike Hire: term rental from \u00a335, helmets included.",
    "The Anchor Bar: quiz night every Tuesday, cash prize, no entry fee.",
    "Need a flat for September? Kelburn Lettings has rooms near campus.",
    "Print your dissertation at the Copyshop on Wynd Street, with binding while you wait.",
    "Student Union gig guide: tickets for Friday's show are on sale at the union shop.",
    "Driving lessons from \u00a318 an hour with Sandy's School of Motoring.",
]
MG_ALERTS = [
    "Campus alert: the main library closes at 6 p.m. on Friday for electrical work.",
    "Campus alert: the Queen Street entrance is shut until further notice.",
    "Campus alert: voting in the student union elections closes at noon on Thursday.",
]
MG_RESPONSES = [
    "Great column. More history pieces like this please.",
    "I did a project on {topic} at school and we were taught the opposite.",
    "Well argued, though I'm not sure the last section follows.",
    "Why is this in Viewpoint and not Features?",
    "My granny remembers all this. She would disagree with you!",
    "Good to see the Clarion printing something other than sport.",
    "Any chance of a reading list?",
    "Read this twice. The bit about {s1} was new to me.",
]
MG_READERS = ["Jen R.", "a fellow historian", "Dougie", "Third-year student", "Mike from Halls", "Sarah K.", "Anonymous",
              "grumpy alumnus"]
MG_CLASSIFIEDS = ["Room to let, Kelburn Road, \u00a3260 a month, bills included.", "Lost: blue scarf in the Geology building. Reward.",
                  "Wanted: bass player for covers band, must own amp.", "For sale: second-hand bike, good brakes, \u00a340.",
                  "Tutor offers help with first-year statistics.", "Quiet flatmate wanted for third-floor flat near the park."]


def mg_meta(title: str) -> dict:
    """The byline the paper gives a column; the same on every page that mentions it."""
    h = number("mingulay", "meta", title, mod=10**9)
    published = date(2004, 9, 6) + timedelta(days=h % 700)
    return dict(author=f"{MG_FIRST[(h // 7) % len(MG_FIRST)]} {MG_LAST[(h // 131) % len(MG_LAST)]}",
                role=MG_ROLES[(h // 977) % len(MG_ROLES)], published=published, story=1800000 + (h // 3) % 90000)


def mg_href(title: str) -> str:
    m = mg_meta(title)
    d = m["published"]
    return f"{MG_STORE}/news/{d.year}/{d.month:02d}/{d.day:02d}/Opinion/{slug(title).title().replace('-', '.')}-{m['story']}.shtml"


def mingulay(p: Page) -> str:
    rng = p.rng
    site = "mingulay"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    card, m = p.card, mg_meta(p.title)

    def para(v: str, k: int) -> str:
        if k == 0:
            return f'<p><span class="dropcap">{esc(v[0])}</span>{esc(v[1:])}</p>'
        return f"<p>{esc(v)}</p>"

    pieces = shown_pieces(p, lambda v: f'<p class="crosshead"><b>{esc(v)}</b></p>', para,
                          lambda v: f"<blockquote>{esc(v)}</blockquote>",
                          lambda o, items: f"<{'ol' if o else 'ul'}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{'ol' if o else 'ul'}>")
    n_essay = len(pieces)
    if carries(site, "inlinead", 13, p):
        label = rng.choice(MG_AD_LABELS)
        text = pick_note(MG_ADS, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<div class="inlinead"><span class="adlabel">{esc(label)}</span><br>\n{esc(text)}</div>'))
        p.clutter.append(f"{label} {text}")
    if carries(site, "pullquote", 9, p):
        sen = pull_sentence(p)
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)),
                ("pull", f'<div class="pullquote"><span class="pqmark">&ldquo;</span>{esc(sen)}<span class="pqmark">&rdquo;</span></div>'))
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"File photo: {card['setting']}"
            piece = (f'<div class="storyphoto"><img src="{MG_STORE}/news/photos/{digest(site, "photo", p.title, n=10)}.jpg" width="300" height="200" alt=""><br>\n'
                     f'<span class="photocaption">{esc(caption)}</span> <span class="photocredit">Clarion archive</span></div>')
            p.clutter += [caption, "Clarion archive"]
        else:
            facts = [f"When: {card['period']}", f"Where: {card['setting']}", f"Who: {card['people']}"]
            piece = '<div class="factbox"><b>Quick facts</b><br>\n' + "<br>\n".join(esc(f) for f in facts) + "</div>"
            p.clutter += ["Quick facts"] + facts
        slot_in(pieces, rng.randint(2, max(2, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        pieces.append(("wall", f'<div class="pagination">Page 1 of 2 &nbsp; <a href="{mg_href(p.title)}?page=2">2</a> &nbsp; '
                               f'<a href="{mg_href(p.title)}?page=2">Continue reading on page 2 &raquo;</a></div>'))
        p.clutter += ["Page 1 of 2", "Continue reading on page 2 \u00bb"]
    if p.cut is None and p.refs:
        pieces.append(("heading", '<p class="crosshead"><b>Works Cited</b></p>'))
        pieces.append(("refs", "\n".join(f'<p class="refentry">{mk}</p>' for _, mk in p.refs)))
    if carries(site, "contest", 6, p):
        note = (f"Clarion note: {m['author']} wrote this column for the {m['published'].year} Clarion history essay "
                f"contest, where it won {p.grade}.")
        pieces.append(("note", f'<p class="clarionnote"><i>{esc(note)}</i></p>'))
        p.clutter.append(note)
    related_other = rng.choice(p.others)
    related = ('<table class="relatedbox" align="right" width="180" cellpadding="4" cellspacing="0" border="0"><tr><td>'
               f'<b>Elsewhere on the Clarion</b><br>\n<a href="{MG_STORE}/news/authors/{slug(m["author"])}.shtml">More columns by {esc(m["author"])}</a><br>\n'
               f'<a href="{mg_href(related_other)}">{esc(related_other)}</a><br>\n<a href="{MG_STORE}/news/letters/">Letters to the editor</a></td></tr></table>')
    p.clutter += ["Elsewhere on the Clarion", f"More columns by {m['author']}", related_other, "Letters to the editor"]
    if placed_before(site, "related", p):
        pieces.insert(0, ("box", related))
    else:
        pieces.append(("box", related))
    story = "\n".join(h for _, h in pieces)
    # the head of the story
    deck = rng.choice(MG_DECKS).format(x=card["x"], X=cap(card["x"]))
    updated = m["published"] + timedelta(days=rng.randint(0, 2))
    views = rng.randint(120, 6800)
    tools = [f"Print this story ({plural(p.pages, 'page')})", "E-mail this story", "Save to My Clarion"]
    count = f"This column: {fmt_int(p.words)} words"
    seen = f"This story has been viewed {fmt_int(views)} times."
    p.clutter += [deck, f"By {m['author']}", m["role"], f"Published: {us_date(m['published'])}",
                  f"Updated: {us_date(updated)}", count, seen] + tools
    # reader responses
    responses = ""
    stamps = sorted(datetime.combine(updated, datetime.min.time()) + timedelta(hours=rng.randint(10, 300), minutes=rng.randint(0, 59))
                    for _ in range(rng.randint(0, 3)))
    for when in stamps:
        who = rng.choice(MG_READERS)
        text = rng.choice(MG_RESPONSES).format(topic=p.topic, s1=card["strands"][0])
        by = f"Posted by {who} on {when.month}/{when.day}/{when.strftime('%y')} at {when.strftime('%I:%M %p').lstrip('0')}"
        responses += f'<div class="rr"><div class="rrtext">{esc(text)}</div><div class="rrby">{esc(by)}</div></div>\n'
        p.clutter += [text, by]
    if not responses:
        responses = '<p class="rrnone">There are no responses to this story yet. Be the first!</p>\n'
        p.clutter.append("There are no responses to this story yet. Be the first!")
    # other columns, each with the opening of its last strand paragraph
    more = ""
    for t in rng.sample(p.others, 2):
        text = last_strand_opening(t)
        mt = mg_meta(t)
        more += (f'<div class="moreitem"><a class="morehead" href="{mg_href(t)}">{esc(t)}</a><br>\n<span class="moreby">By {esc(mt["author"])}</span><br>\n'
                 f'<span class="moreteaser">{esc(text)} &hellip;</span></div>')
        p.clutter += [t, f"By {mt['author']}", text]
    popular = rng.sample(p.others, 5)
    columnists = sorted({mg_meta(t)["author"] for t in rng.sample(p.site_titles, 6)})
    p.clutter += popular + columnists + ["Top Stories This Week", "Also in Viewpoint", "Reader Responses", "Post a comment",
                                        "E-mail (will not be published):", "Clarion Poll",
                                        "Should the union bar open on Sundays?", "View results", "Clarion Classifieds",
                                        f"The student newspaper of {MG_UNI} since 1921",
                                        "\u00a9 Copyright 2006 The Carnbeg Clarion. All rights reserved.",
                                        "Powered by College Publisher", "Privacy Policy", "Arts & Entertainment"]
    classifieds = rng.sample(MG_CLASSIFIEDS, 4)
    p.clutter += classifieds
    alert = ""
    turn = rank_of(site, "alert", 3, p)
    if turn is not None:
        alert = f'<table width="780" align="center" cellpadding="4" cellspacing="0" border="0" class="alertbar"><tr><td><b>{esc(MG_ALERTS[turn])}</b></td></tr></table>\n'
        p.clutter.append(MG_ALERTS[turn])
    sections = ["News", "Sports", "Opinion", "Features", "Arts & Entertainment", "Classifieds", "Archives"]
    left = ('<div class="leftbox"><span class="leftboxhead">Sections</span><br>\n'
            + "".join(f'<a href="{MG_STORE}/news/{slug(s)}/">{esc(s)}</a><br>\n' for s in sections) + "</div>"
            + '<div class="leftbox"><span class="leftboxhead">Columnists</span><br>\n'
            + "".join(f'<a href="{MG_STORE}/news/authors/{slug(c)}.shtml">{esc(c)}</a><br>\n' for c in columnists) + "</div>"
            + '<div class="leftbox"><span class="leftboxhead">Top Stories This Week</span><br>\n'
            + "".join(f'{k}. <a href="{mg_href(t)}">{esc(t)}</a><br>\n' for k, t in enumerate(popular, 1)) + "</div>"
            + '<div class="leftbox"><span class="leftboxhead">Clarion Poll</span><br>\nShould the union bar open on Sundays?<br>\n'
            '<form action="/poll/vote" method="post"><input type="radio" name="o" value="1"> Yes<br>\n<input type="radio" name="o" value="2"> No<br>\n'
            '<input type="radio" name="o" value="3"> Don\'t care<br>\n<input type="submit" value="Vote"></form><a href="/poll/results">View results</a></div>')
    right = ('<div class="ad160"><span class="adlabel">Advertisement</span><br>\n'
             f'<a href="/adclick/{digest(site, "sky", p.index, n=8)}"><img src="{MG_STORE}/ads/sky_{number(site, "sky", p.index, mod=6, base=1)}.gif" width="160" height="600" alt=""></a></div>'
             '<div class="rightbox"><span class="rightboxhead">Clarion Classifieds</span><br>\n'
             + "".join(f"{esc(c)}<br>\n" for c in classifieds) + "</div>")
    pub = m["published"]
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>{esc(p.title)} - Opinion - {esc(MG_PAPER)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="keywords" content="Carnbeg, Clarion, student newspaper, opinion, {html.escape(p.topic)}">
<meta name="description" content="{html.escape(deck)}">
<link rel="stylesheet" type="text/css" href="{MG_STORE}/templates/styles.css">
<script type="text/javascript" src="/global/js/cp_common.js"></script>
</head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<div class="ad728"><span class="adlabel">Advertisement</span><br>
<a href="/adclick/{digest(site, "leader", p.index, n=8)}"><img src="{MG_STORE}/ads/leader_{number(site, "leader", p.index, mod=5, base=1)}.gif" width="728" height="90" alt=""></a></div>
</td></tr>
<tr><td><a href="/"><img src="{MG_STORE}/templates/masthead.gif" width="780" height="110" border="0" alt="{html.escape(MG_PAPER)}"></a></td></tr>
<tr><td><table width="100%" cellpadding="3" cellspacing="0" border="0" class="datebar"><tr><td class="datebar">{us_date(pub)}</td><td class="datebar" align="center">The student newspaper of {MG_UNI} since 1921</td><td class="datebar" align="right"><form action="/search" method="get">Search <input type="text" name="q" size="12"> <input type="submit" value="Go"></form></td></tr></table></td></tr>
<tr><td class="navbar"><a href="/">Home</a> | <a href="{MG_STORE}/news/news/">News</a> | <a href="{MG_STORE}/news/sports/">Sports</a> | <a href="{MG_STORE}/news/opinion/">Opinion</a> | <a href="{MG_STORE}/news/features/">Features</a> | <a href="{MG_STORE}/news/arts/">Arts</a> | <a href="/classifieds/">Classifieds</a> | <a href="/archives/">Archives</a> | <a href="/about/">About Us</a> | <a href="/contact/">Contact</a></td></tr>
</table>
{alert}<table width="780" align="center" cellpadding="0" cellspacing="0" border="0"><tr>
<td width="160" valign="top" class="leftcol">
{left}
</td>
<td width="460" valign="top" class="maincol">
<span class="storykicker">{esc(p.level)}</span><br>
<span class="storyheadline">{esc(p.title)}</span><br>
<span class="storydeck">{esc(deck)}</span><br>
<span class="storybyline">By {esc(m["author"])}</span><br>
<span class="storybylinetitle">{esc(m["role"])}</span><br>
<span class="storydate">Published: {us_date(pub)}</span><br>
<span class="storyupdated">Updated: {us_date(updated)}</span>
<div class="storytools"><a href="{mg_href(p.title)}?print=1">{esc(tools[0])}</a> | <a href="/emailstory?id={m["story"]}">{tools[1]}</a> | <a href="/myclarion/save?id={m["story"]}">{tools[2]}</a><br>
<span class="storylength">{esc(count)}</span> &middot; <span class="storyviews">{esc(seen)}</span></div>
<div id="storytext" class="storytext">
{story}
</div>
<div class="readerresponses"><span class="rrheader">Reader Responses</span>
{responses}</div>
<div class="postcomment"><span class="rrheader">Post a comment</span>
<form action="/comments/post" method="post"><input type="hidden" name="story" value="{m["story"]}">Name:<br>
<input type="text" name="name" size="30"><br>
E-mail (will not be published):<br>
<input type="text" name="email" size="30"><br>
Comment:<br>
<textarea name="comment" rows="5" cols="40"></textarea><br>
<input type="submit" value="Submit"></form></div>
<div class="morebox"><span class="moreboxhead">Also in Viewpoint</span><br>
{more}</div>
</td>
<td width="160" valign="top" class="rightcol">
{right}
</td></tr></table>
<table width="780" align="center" cellpadding="6" cellspacing="0" border="0" class="footer"><tr><td align="center">
&copy; Copyright 2006 The Carnbeg Clarion. All rights reserved.<br>
<a href="/advertise/">Advertise</a> | <a href="/about/">About Us</a> | <a href="/contact/">Contact</a> | <a href="/privacy/">Privacy Policy</a> | <a href="/sitemap/">Site Map</a><br>
<a href="http://www.collegepublisher.com/"><img src="/global/images/cp_powered.gif" border="0" alt=""> Powered by College Publisher</a>
</td></tr></table>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------------------- main

SITES = {  # name -> (page writer, teaser count, Works Cited count, duplicated pair: none in this set)
    "tiree": (tiree, 3, 4, None),         # CONTENTdm: the essay is a metadata field; two layouts in one folder
    "colonsay": (colonsay, 2, 4, None),   # iWeb: absolutely placed boxes, renumbered classes, title box moves
    "berneray": (berneray, 3, 3, None),   # Everything engine: writeups in a node, a second writeup on 8 pages
    "mingulay": (mingulay, 3, 4, None),   # College Publisher: headline span, drop cap, pull quotes, inline ads
}


def units_of(essay: dict) -> set[str]:
    """Normalised blocks (paragraphs, quotations, whole lists and single items) of more than five words."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int, need: int) -> list[dict]:
    """Essays for the first `need` cards of the shuffled list that can be used. A card is passed over when a unit of
    its essay occurs anywhere in an essay already taken, or a unit of one of those anywhere in its own."""
    chosen: list[tuple[dict, set[str], str]] = []
    for card in cards:
        if len(chosen) == need:
            break
        essay = make_essay(card, random.Random(f"{seed}/essay/{card['id']}"))
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
    ap.add_argument("--seed", type=int, default=2020)
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
