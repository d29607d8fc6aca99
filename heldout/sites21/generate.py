"""Twenty-first held-out set of site folders for issue 13 (learning each site on first meeting it).

    /work/main/.venv/bin/python heldout/sites21/generate.py /work/corpora/sites21-heldout [--seed 2021]

Four made-up essay-sample sites, eighteen pages per site. None of the twenty sets before this one (heldout/sites/ up to
sites20/) copies the platforms their markup imitates. Pages are written as OUTDIR/<site>/page-NN.html; its truth
(bench/scoring.py's format) is OUTDIR/<site>/truth/page-NN.md. Each essay is assembled here from a topic card
(ESSAY_CARDS) and from sentence patterns absent from all twenty earlier generators, so none of the prose is familiar
to the code under test. A card is used once at most, and OUTDIR/SOURCES.tsv says where. Rerunning with one seed
rewrites identical bytes.

Sites (markup families):
  foula     a Wikispaces classroom wiki. Two h1s: the wiki page name over the page / discussion / history /
            notify me tabs, and the essay title inside the wiki text. The counts are in a small details table,
            a marking table sits above or below the essay, teacher comments highlighted in yellow interrupt the
            paragraphs, and the sidebar box "Worth a look" repeats how three other essays end
  fetlar    knols in a Google Knol collection. Google's editor wrote every paragraph as a bare div with an empty
            div after it; the author card stands before or after the text; the author's asides interrupt the
            paragraphs; "More knols in this collection" repeats how three other essays open their first strand
  whalsay   lenses on Squidoo. The intro module holds the opening paragraph, the essay's headings become the
            titles of text modules, an Amazon module stands before or after them, a duel or video module breaks a
            text module in two, a guestbook ends the lens, and "Related lenses" repeats other essays' first facts
  stroma    a Lotus Domino database on the web, run by a network of schools. The document's fields form a table
            and the essay is a rich-text field with no paragraph element anywhere (font tags, line breaks, and
            bare ul elements for indented quotations); a document-properties table stands above or below it, red
            reviewer comments interrupt the paragraphs, and the embedded category view repeats the sentence in
            which each other essay raises its objection

Truth files, folders, teaser cuts and works-cited endings are made by code borrowed, untouched, from sites/,
sites2/ and sites3/.
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
# Per line: title | subject | x (noun phrase) | people, plural | setting | period | strands, three, split at ";" |
# thesis | rival (both read after "that") | fact | fact. A fact's one full stop is its last character, which keeps
# facts intact when paragraphs are cut into sentences.

ESSAY_CARDS = """
The Hill Above Turin | sport | the Superga air disaster | footballers, sports reporters and the people of Turin | the basilica hill of Superga above Turin | 1949 | the return flight from a friendly match in Lisbon; the crash in low cloud against the basilica's rear wall; the youth side that finished the season | the disaster fixed the team in legend because it struck at the very height of its success | the great side was already ageing and would soon have faded anyway | The aircraft carrying the Torino football team crashed into the hill of Superga near Turin in May 1949. | The club's youth players finished the season's remaining fixtures.
Fourteen Minutes in the St Lawrence | maritime history | the sinking of the Empress of Ireland | a liner's officers, a Norwegian collier's crew and emigrant passengers | the St Lawrence River near Rimouski | 1914 | the fog that closed in before the collision; the speed with which the liner heeled over; the inquiry that blamed the collier | the loss was forgotten because war broke out within weeks and swallowed the story | the liner was simply struck by a careless collier in fog | The liner Empress of Ireland sank in the St Lawrence River after a collision with the collier Storstad in May 1914. | More than a thousand people died in about fourteen minutes.
Sacks at Uplees | military history | the Faversham explosion of 1916 | munitions hands, the factory's managers and the Kent villagers nearby | the explosives works on the marshes at Uplees | 1916 | the fire in a heap of empty sacks; the stores of ammonium nitrate and TNT; the reporting kept quiet by wartime censors | the explosion was the price of rushing an old industry into a new kind of production | the blast was a freak that no precaution could have stopped | An explosion at the Great Explosives Factory at Uplees near Faversham killed more than a hundred men in April 1916. | The blast began when a fire in a pile of empty sacks spread to stored ammonium nitrate and TNT.
Twenty Days Underground | history of technology | the Courrières mine disaster | miners, mining company engineers and rescue teams from Westphalia | the coalfield of the Pas-de-Calais | 1906 | the explosion that swept the galleries; the decision to close the shafts to smother the fire; the survivors who walked out after three weeks | the disaster turned into a political crisis because of the company's decisions after the explosion | the rescuers did everything possible for the trapped men | An explosion in the Courrières mines of northern France killed 1,099 miners in March 1906. | Thirteen survivors walked out of the mine twenty days after the explosion.
Noon on the First of September | history | the Great Kantō earthquake | city officials, vigilante groups and Korean residents | the cities of Tokyo and Yokohama | 1923 | the fires set off by charcoal stoves at lunchtime; the rumours that turned crowds against Koreans; the rebuilding plans of the home minister | the worst killing after the earthquake was caused by rumour and not by the shaking | the death toll was an unavoidable natural disaster | The Great Kantō earthquake struck Tokyo and Yokohama at midday on 1 September 1923. | Fires started by cooking stoves destroyed much of both cities.
The Straits at Dawn | history | the Messina earthquake | townspeople, Russian and British sailors and Italian soldiers | Messina and Reggio, facing each other across the strait | 1908 to 1909 | the shock and tsunami before dawn; the foreign sailors who arrived first; the slow return of the state | the disaster exposed how thinly the Italian state reached into the south | the rescue was a model of national solidarity | An earthquake and tsunami destroyed much of Messina and Reggio Calabria on 28 December 1908. | Sailors from Russian warships were among the first rescuers to arrive.
The Prisoner in the Cell | history | the eruption of Mount Pelée | colonial officials, townspeople and a handful of survivors | the town of Saint-Pierre on Martinique | 1902 | the weeks of warning signs; the election that kept people in town; the cloud that reached the harbour in minutes | the town stayed put because officials trusted their own reassurances | no one could have predicted an eruption of that size | An eruption of Mount Pelée destroyed the town of Saint-Pierre on Martinique in May 1902. | One of the very few survivors was a prisoner held in a thick-walled cell.
A Ship From Sidon | history of medicine | the plague of Marseille in 1720 | merchants, magistrates and the city's poor | the port of Marseille and the hills of Provence | 1720 to 1722 | the cargo of cloth meant for the fair at Beaucaire; the failure of the quarantine; the wall built across the hills | the epidemic spread because merchants bent the quarantine rules they were meant to obey | nature alone spread the plague, whatever the rules said | Plague reached Marseille in 1720 aboard the merchant ship Grand-Saint-Antoine. | A wall was built across the hills of Provence to keep the disease from spreading.
Limestone Over the Town | environmental history | the Frank Slide | coal miners, railway workers and the families of a prairie town | the town of Frank under Turtle Mountain in Alberta | 1903 | the cracks that miners had noticed in the mountain; the hundred seconds of the slide; the decision to keep the mine working | the slide was made more likely by the mine beneath the mountain | the mountain was bound to fall whatever anyone did | A huge mass of limestone fell from Turtle Mountain onto the mining town of Frank in Alberta in April 1903. | The slide buried part of the town in less than two minutes.
Black Friday at Malton | history of technology | the Avro Arrow | aircraft engineers, a new prime minister and the test pilots | the Avro factory at Malton near Toronto | 1953 to 1959 | the delta-winged prototypes; the cancellation announced in February 1959; the cutting up of the finished aircraft | the programme was doomed by costs that a middle-sized country could not carry alone | one politician's personal dislike sank the aircraft | The Avro Arrow interceptor first flew in March 1958. | The Canadian government cancelled the programme in February 1959, and the finished aircraft were cut up.
Two Months in Burrard Inlet | imperial history | the voyage of the Komagata Maru | Punjabi passengers, Canadian immigration officers and Vancouver's Sikh community | the harbour at Vancouver | 1914 | the rule that migrants must come by continuous journey; the weeks of waiting at anchor; the shooting at Budge Budge on the return | the voyage was a deliberate test of a rule designed to exclude Indians without naming them | the passengers were turned away only because they lacked the right papers | The steamship Komagata Maru arrived at Vancouver with 376 passengers from British India in May 1914. | Most were refused entry and the ship was forced to sail back to Asia in July.
The Terraces Lost | environmental history | the eruption of Mount Tarawera | Māori villagers, tourist guides and visiting travellers | the country around Lake Rotomahana | 1886 | the tourist trade to the terraces; the night of the eruption; the buried village of Te Wairoa | the eruption is remembered through the tourist sights it destroyed more than the people it killed | the eruption's main loss was a famous natural wonder | Mount Tarawera in New Zealand erupted in June 1886. | The eruption destroyed the Pink and White Terraces, then the country's most famous sight.
Smoke in Cashel Street | social history | the Ballantynes fire | shop assistants, store managers and firemen | a department store in central Christchurch | 1947 | the fire in the basement; the delay before the brigade was called; the commission that examined the fire | the deaths were caused by a store organised for selling and not for escape | the fire spread too fast for anyone to be blamed | Fire in the Ballantynes department store in Christchurch killed forty-one people in November 1947. | The fire brigade was not called until some time after the fire was discovered.
The Morning Train to Town | history of technology | the Granville rail disaster | commuters, railway workers and the state's transport managers | the western suburbs of Sydney | 1977 | the worn track before the bridge; the bridge that fell onto the carriages; the long rescue in the wreckage | years of neglected track maintenance caused the crash | the crash was a single unlucky derailment | A commuter train derailed at Granville in Sydney in January 1977 and struck the supports of a road bridge. | The bridge collapsed onto two carriages, and eighty-three people died.
The Horse From New Zealand | sport | the career of Phar Lap | a trainer, a bookmakers' ring and the racing crowds of the Depression | the racecourses of Melbourne and Sydney | 1928 to 1932 | the Melbourne Cup of 1930; the attempt to shoot the horse before a race; the sudden death in California | the Depression needed a national symbol, and the horse was at hand | the horse was simply the best of his era and nothing more | Phar Lap won the Melbourne Cup in November 1930. | He died suddenly in California in April 1932, soon after winning a race in Mexico.
Roll Up at Lambing Flat | history | the Lambing Flat riots | European diggers, Chinese miners and colonial police | a goldfield in New South Wales | 1860 to 1861 | the quarrels over water and claims; the attack on the Chinese camp in June 1861; the law restricting Chinese arrivals | the riots were used by politicians who wanted restriction for their own reasons | the riots grew out of a simple dispute over gold | European miners drove Chinese diggers from the Lambing Flat goldfield in New South Wales in June 1861. | The colony passed a law restricting Chinese immigration later that year.
Hay in the Shaft | history of technology | the Cherry Mine disaster | coal miners, mine managers and the rescue volunteers | the St Paul mine at Cherry in Illinois | 1909 to 1911 | the bales of hay lowered for the mules; the fans reversed in the confusion; the compensation law that followed | the disaster made compensation law possible because its victims were so plainly blameless | the miners died of a careless accident that no law could prevent | Fire broke out in the St Paul mine at Cherry in Illinois in November 1909 when a cart of hay caught light. | Twenty-one miners were found alive after eight days sealed below ground.
Slurry in the Hollow | environmental history | the Buffalo Creek flood | coal company managers, mining families and their lawyers | the hollow of Buffalo Creek in West Virginia | 1972 to 1974 | the dams built from coal waste; the wall of water down the hollow; the lawsuit brought by the survivors | the flood was caused by a way of dumping waste that nobody had any duty to inspect | nothing but freak rain caused the flood | A coal-waste dam owned by a subsidiary of the Pittston Company failed above Buffalo Creek in West Virginia in February 1972. | A company spokesman called the flood an act of God.
The Borrowed Uniform | history | the exploit of the Captain of Köpenick | a shoemaker with a criminal record, soldiers and town officials | the town hall of Köpenick outside Berlin | 1906 to 1908 | the second-hand captain's uniform; the soldiers who obeyed without a question; the laughter across Europe | the hoax worked because Prussian society obeyed a uniform before a person | the affair was a harmless joke with no wider meaning | A shoemaker named Wilhelm Voigt, dressed as an army captain, took command of a squad of soldiers in October 1906. | He arrested the mayor of Köpenick and seized the town's cash.
Powders at Court | history | the Affair of the Poisons | fortune-tellers, courtiers and royal investigators | the Paris of Louis XIV | 1677 to 1682 | the trade in so-called inheritance powders; the special court that heard the cases; the secrets that were locked away | the affair was hushed up because it reached too near the king | the affair was mostly the invention of frightened police officials | The fortune-teller Catherine Monvoisin, known as La Voisin, was burned in Paris in February 1680. | A special court known as the Chambre ardente heard the poisoning cases.
Shots at Le Figaro | politics | the Caillaux affair | a finance minister, his wife and a newspaper editor | the offices of Le Figaro in Paris | 1914 | the newspaper campaign against the minister; the shooting in the editor's office; the trial that ended as war began | the acquittal reflected the newspapers' own guilt as much as the jury's sympathy | the verdict was a scandalous favour to the powerful | Henriette Caillaux shot the editor of Le Figaro, Gaston Calmette, in his office in March 1914. | A jury acquitted her at the end of July 1914.
A Wager in South Wales | history of technology | Trevithick's Penydarren locomotive | an engineer, two rival ironmasters and the tramroad workers | the tramroad from Penydarren to Abercynon | 1803 to 1804 | the high-pressure engine; the bet between the ironmasters; the cast-iron plates that broke under the weight | the first run mattered less than the broken rails that showed what was missing | the first railway locomotive proved itself at once | Richard Trevithick's locomotive hauled a train of iron along the Penydarren tramroad in February 1804. | The run settled a wager between two ironmasters.
Green Before Red | social history | the coming of the pillar box | Post Office surveyors, letter writers and street designers | the streets of Jersey and then of mainland Britain | 1852 to 1879 | the trial of roadside boxes in the Channel Islands; the many early designs; the change of colour | the pillar box succeeded because it changed where letters began their journey | the pillar box was the bright idea of one famous novelist | The first roadside pillar boxes in the British Isles were set up in Jersey in 1852. | From 1859 pillar boxes were painted green, and red became standard only from 1874.
Corrugated Iron in the Garden | social history | the Anderson shelter | householders, civil defence officials and the engineers who designed it | the back gardens of British towns | 1938 to 1945 | the curved steel sheets bolted together; the shelters that filled with water; the arguments for deep shelters | the shelter worked as a promise of protection more than as protection itself | the shelters were a cheap failure that saved few lives | Anderson shelters were named after Sir John Anderson, who was in charge of air raid precautions when they were introduced in 1938. | They were given free to households earning less than 250 pounds a year.
Units for the Newly Married | social history | the Utility Furniture Scheme | Board of Trade officials, designers and newly married couples | furniture workshops and showrooms across Britain | 1942 to 1952 | the short list of approved designs; the units issued to couples and the bombed-out; the designers who hoped to improve taste | the scheme tried to reform taste as well as save timber | the scheme was nothing more than wartime rationing | The Utility Furniture Scheme began in Britain in 1942. | New furniture could be bought only with units issued to newly married couples and people who had been bombed out.
Dinner for Ninepence | social history | the British Restaurants of the Second World War | local councils, canteen staff and working people | town halls and church halls across Britain | 1940 to 1947 | the name chosen by the prime minister; the fixed price of a meal; the closures after the war | the restaurants changed eating habits less than their supporters hoped | the restaurants were a great success of wartime planning | Communal feeding centres set up in Britain during the war were renamed British Restaurants at Churchill's suggestion in 1941. | A meal in one of them could cost no more than nine pence.
Two Golds in Stockholm | sport | the case of Jim Thorpe's Olympic medals | an athlete, Olympic officials and sports journalists | the Stockholm games and the sports pages of America | 1912 to 1982 | the pentathlon and the decathlon; the discovery of summer baseball pay; the long campaign to restore the medals | the medals were taken because of who Thorpe was as much as what he had done | officials simply applied the amateur rules as written | Jim Thorpe won the pentathlon and the decathlon at the Stockholm Olympics in 1912. | He was stripped of his medals in 1913 because he had been paid to play minor-league baseball.
The Rope That Broke | sport | the first ascent of the Matterhorn | English climbers, Swiss and French guides and the village of Zermatt | the Matterhorn above Zermatt | 1865 | the race with an Italian party; the fall on the descent; the inquiry into the broken rope | the tragedy was caused by a party assembled in haste | the rope was cut deliberately by the survivors | Edward Whymper's party made the first ascent of the Matterhorn in July 1865. | Four of the seven climbers died on the way down when a rope broke.
Crushed North of Siberia | exploration | the voyage of the Jeannette | naval officers, sailors and the newspaper owner who paid for the voyage | the frozen sea off the Siberian coast | 1879 to 1881 | the theory of an open polar sea; the two years locked in the ice; the march to the Lena delta | the voyage failed because it trusted a theory of the Arctic that was already doubtful | the expedition was defeated only by bad luck with the ice | The exploring ship Jeannette was crushed by ice north of Siberia in June 1881. | Its commander, George De Long, died with several of his men in the Lena delta.
The Siege of a Farmhouse | politics | the Young Ireland rising of 1848 | rebel leaders, police constables and hungry country people | a farmhouse at Ballingarry in County Tipperary | 1848 to 1849 | the famine that weakened any rising; the standoff at the farmhouse; the sentences of transportation | the rising mattered for the legend it gave later nationalists more than for what happened | the rising was a farce with no lasting importance | Young Ireland rebels led by William Smith O'Brien besieged police in a farmhouse at Ballingarry in July 1848. | O'Brien was sentenced to death, but the sentence became transportation to Van Diemen's Land.
Across the Niagara | politics | the Fenian raids into Canada | Irish-American veterans, Canadian militia and diplomats in Washington | the Niagara frontier near Fort Erie | 1866 to 1871 | the crossing from Buffalo; the skirmish at Ridgeway; the effect on the argument for confederation | the raids did more to unite the Canadian provinces than to help Ireland | the raids were a farcical adventure with no effects | Irish-American Fenians crossed the Niagara River into Canada and defeated militia at Ridgeway in June 1866. | The raids strengthened the case for the confederation of the Canadian provinces in 1867.
The Courthouse at Morant Bay | imperial history | the Morant Bay rebellion | Jamaican smallholders, a colonial governor and a Baptist deacon | the parish of St Thomas in the east of Jamaica | 1865 to 1866 | the march on the courthouse; the martial law that followed; the hanging of George William Gordon | the repression was far more important than the rising itself | the governor saved the colony from a general massacre | Paul Bogle led a march on the courthouse at Morant Bay in Jamaica in October 1865. | Governor Edward Eyre had the politician George William Gordon tried by court martial and hanged.
Pigeons at Denshawai | imperial history | the Denshawai incident | British officers, Egyptian villagers and a special tribunal | a village in the Nile delta | 1906 to 1907 | the pigeon shoot; the death of an officer; the hangings carried out in public | the punishment did the occupation more harm than any rebellion | the sentences were a necessary show of firmness | A quarrel broke out when British officers shot pigeons at the Egyptian village of Denshawai in June 1906. | Four villagers were hanged after a special tribunal found them guilty.
A Gunboat in Morocco | politics | the Agadir crisis | German diplomats, French ministers and British politicians | the Moroccan port of Agadir | 1911 | the arrival of the gunboat; the warning speech in London; the bargain over the French Congo | the crisis hardened the alliances it was meant to split | the crisis was a minor colonial squabble | Germany sent the gunboat Panther to the Moroccan port of Agadir in July 1911. | In the settlement, Germany received territory in the French Congo.
A Looted House in Athens | politics | the Don Pacifico affair | a foreign secretary, a merchant with a grievance and the Greek government | Piraeus harbour and the Commons chamber | 1847 to 1850 | the claim for a looted house; the naval blockade of Greece; the long speech defending the policy | the affair was really about British politics and not about Greece | the blockade was a reasonable defence of a subject's rights | In 1850 the Royal Navy blockaded Greek ports to back the claims of David Pacifico, a British subject born in Gibraltar. | Palmerston defended his policy in a speech of more than four hours in the Commons in June 1850.
Envoys Taken at Sea | politics | the Trent affair | Confederate envoys, a Union naval captain and British ministers | the Old Bahama Channel, London and Washington | 1861 | the seizure of the two envoys; the troops sent to Canada; the release arranged without an apology | war was avoided because both governments found a way to save face | the crisis was never close to war at all | An American warship stopped the British mail steamer Trent and removed two Confederate envoys in November 1861. | The Lincoln administration agreed on 26 December 1861 to release the envoys.
Under an Hour | imperial history | the Anglo-Zanzibar War | a sultan's claimant, British naval officers and the people of Zanzibar town | the palace and harbour of Zanzibar | 1896 | the succession without British approval; the ultimatum and the bombardment; the protectorate that followed | the short war revealed how little independence the sultanate still had | the war was a comic episode with no real meaning | The bombardment of the palace at Zanzibar in August 1896 lasted well under an hour. | The war began after Khalid bin Barghash took power without British approval.
One Hundred Hours | politics | the war between El Salvador and Honduras in 1969 | Salvadoran migrants, Honduran landowners and football crowds | the border country between El Salvador and Honduras | 1969 | the land reform that expelled Salvadoran settlers; the qualifying matches for the World Cup; the ceasefire arranged by other American states | the war was about land and migration, and football was only the occasion | the war was caused by football rivalry | El Salvador and Honduras fought a brief war in July 1969. | The fighting followed riots around qualifying matches for the 1970 World Cup.
A Baker's Claim | politics | the Pastry War | French merchants, Mexican ministers and a young general | the port of Veracruz | 1838 to 1839 | the claims of French residents; the blockade of the Mexican coast; the general who lost a leg | the war was a debt-collecting expedition that revealed Mexico's weakness | the war was a silly quarrel over cakes | French ships blockaded Mexican ports in 1838 to press claims for damages to French property. | One of the claims came from a pastry cook whose shop near Mexico City had been looted.
The March on Logan County | history | the Battle of Blair Mountain | union coal miners, mine guards and federal troops | the coalfields of southern West Virginia | 1920 to 1921 | the shooting at Matewan; the armed march; the arrival of federal troops | the march was the climax of a long war over the right to organise | the march was an armed insurrection by radicals | Some ten thousand armed coal miners marched on Logan County in West Virginia in August 1921. | The fighting at Blair Mountain ended when federal troops arrived in early September.
Camp on the Anacostia | politics | the Bonus Army | unemployed veterans, their families and the army's commanders | the camps on the Anacostia flats in Washington | 1932 | the march to the capital; the Senate vote against early payment; the clearing of the camps | the eviction hurt the government far worse than the marchers ever could | the veterans were a dangerous mob led by agitators | Thousands of veterans of the First World War camped in Washington in 1932 to demand early payment of a promised bonus. | Troops under Douglas MacArthur drove them from their camps in July 1932.
The Tent Colony | history | the Ludlow Massacre | striking miners, company guards and the state militia | the southern coalfields of Colorado | 1913 to 1914 | the tent colonies set up after eviction; the fire in the camp; the war of reprisals that followed | the massacre grew from the state's decision to let the company pay for its soldiers | the deaths were an accident in an exchange of fire | Colorado National Guard troops attacked the tent colony of striking miners at Ludlow in April 1914. | Two women and eleven children died in a pit dug beneath a burning tent.
Short Pay at the Mills | history | the Lawrence textile strike | immigrant mill workers, union organisers and mill owners | the woollen mills of Lawrence in Massachusetts | 1912 | the pay envelope that came up short; the children sent away to other cities; the hearings in Congress | the strike succeeded because workers of many languages held together | the strike was the work of outside agitators | Textile workers in Lawrence, Massachusetts walked out in January 1912 after a cut in pay. | Strikers sent hundreds of their children to stay with families in other cities.
Six Weeks Without Work | history | the Winnipeg General Strike | metal workers, the Citizens' Committee and the mounted police | the city of Winnipeg | 1919 | the walkout of public and private workers; the arrests of the leaders; the charge of the mounted police | the strike was about wages and union rights, not revolution | the strike was an attempted revolution | Some thirty thousand workers stopped work in the Winnipeg General Strike in May 1919. | The strike ended after mounted police charged a crowd on 21 June 1919.
No Right to Strike | politics | the Boston police strike | police officers, the police commissioner and the governor of Massachusetts | the streets of Boston | 1919 | the officers' attempt to join a union; the nights of looting; the dismissal of the strikers | the strike made a governor's career because he said little until the crisis was over | the governor's firmness ended the disorder | Most of the Boston police force went on strike in September 1919. | Governor Calvin Coolidge declared that there was no right to strike against the public safety.
The Burning of Greenwood | history | the destruction of Greenwood in Tulsa | black residents, a white mob and city officials | the Greenwood district of Tulsa in Oklahoma | 1921 | the accusation in a downtown building; the night of burning; the silence in the records afterwards | the destruction was followed by a deliberate forgetting | the violence was a riot that got out of hand | A white mob destroyed the Greenwood district of Tulsa, Oklahoma at the end of May 1921. | The violence began after a young black man was accused of assaulting a white woman in a lift.
A Pencil Factory in Atlanta | history | the case of Leo Frank | a factory superintendent, prosecutors and newspaper editors | the city of Atlanta in Georgia | 1913 to 1915 | the murder of a factory girl; the trial in a hostile courtroom; the commutation and the lynching | the conviction owed more to prejudice and a press campaign than to evidence | the jury reached a fair verdict on the evidence | Leo Frank was convicted in 1913 of murdering Mary Phagan, a thirteen-year-old worker at his Atlanta pencil factory. | A mob took him from prison and lynched him in August 1915.
Nine on a Freight Train | history | the Scottsboro case | nine black teenagers, their lawyers and Alabama juries | the courthouses of northern Alabama | 1931 to 1937 | the arrest after a fight on a freight train; the trials without proper defence; the Supreme Court rulings | the case changed American law because of the defence lawyers as much as the defendants | the case was only about one unjust local court | Nine black teenagers were accused of raping two white women on a freight train in Alabama in March 1931. | The Supreme Court overturned their first convictions in 1932 because they had not had proper counsel.
The Kaiser's Friends | politics | the Eulenburg affair | a journalist, the Kaiser's closest friends and the Berlin courts | the courts and salons of Berlin | 1906 to 1909 | the articles in a political weekly; the libel trials; the collapse of a prince's trial | the affair weakened the monarchy because it exposed how the Kaiser chose his advisers | the affair was a private scandal with no political effect | The journalist Maximilian Harden accused members of the Kaiser's inner circle of homosexuality in 1906. | Prince Philipp zu Eulenburg was put on trial for perjury in 1908.
An Interview in London | politics | the Daily Telegraph affair | the Kaiser, his chancellor and Reichstag deputies | the Reichstag in Berlin | 1908 | the interview given to a British officer; the chancellor who had not read the text; the debate in the Reichstag | the affair showed that nobody in Berlin was really in charge of what the Kaiser said | the interview was a harmless attempt at friendship | The Daily Telegraph published an interview with Kaiser Wilhelm II in October 1908. | The Kaiser's remarks caused an uproar in the Reichstag.
Telegraph Boys | social history | the Cleveland Street scandal | telegraph messengers, aristocratic clients and the police | a house in Cleveland Street in London | 1889 to 1890 | the boys questioned about their money; the clients who left the country; the libel case against an editor | the scandal showed how class protected some men and not others | the case was handled correctly by the authorities | Police discovered a male brothel in Cleveland Street, London in 1889 after questioning telegraph boys about their money. | Several aristocratic clients left the country before they could be charged.
Hens by the River | imperial history | the Gambia egg scheme | development officials, farm managers and Gambian labourers | a farm at Yundum in the Gambia | 1948 to 1951 | the plan to send eggs to Britain; the feed that would not grow; the disease in the flock | planners in London, knowing nothing of local conditions, doomed the scheme | the scheme was defeated by bad luck with disease | The Colonial Development Corporation started a scheme to produce eggs in the Gambia in 1948. | Disease swept the flock, and the scheme was given up in 1951.
A Name From the Family | business history | the Edsel | car designers, market researchers and car dealers | the dealerships of the Ford Motor Company | 1955 to 1959 | the research into what buyers wanted; the launch day in 1957; the slump in the car market | the car failed because the market for mid-priced cars shrank while it was being built | the car failed because of its ugly grille | Ford launched the Edsel in September 1957. | Production ended in November 1959.
Fifty Cars From Chicago | business history | the Tucker 48 | a car maker, investors and federal regulators | a former aircraft plant in Chicago | 1944 to 1950 | the car's safety features; the investigation into the company's finances; the fraud trial that ended in acquittal | the company was destroyed by its finances and not by a plot | the big car makers conspired to kill the Tucker | Preston Tucker's company built only about fifty cars of its Tucker 48 design. | Tucker was acquitted of fraud charges in 1950, but his company had already collapsed.
Daylight Over Poplar | military history | the Gotha raids on London | German bomber crews, Londoners and the War Cabinet | the docklands of east London | 1917 to 1918 | the first daylight raid; the bomb that fell on a school; the changes to air defence | the raids changed politics far more than they damaged London | the raids were a minor nuisance with no effect on the war | German Gotha bombers attacked London in daylight on 13 June 1917. | A bomb on a school in Poplar killed eighteen young children.
The Priory at Balham | history | the death of Charles Bravo | a young barrister, his wife and her companion | a house called the Priory in Balham | 1876 | the poison in the water jug; the two inquests; the gossip about the wife's past | the case was never solved because each suspect was protected by the others | the wife was plainly guilty | The barrister Charles Bravo died of antimony poisoning at his house in Balham in April 1876. | A second inquest found that he had been murdered but could not say by whom.
A Lane Near Leicester | history | the Green Bicycle case | a young factory worker, a former army officer and the police | a country lane near Little Stretton in Leicestershire | 1919 to 1920 | the body found in the lane; the bicycle pulled out of a canal; the trial at Leicester and its verdict | the acquittal showed how a good defence could use gaps in forensic evidence | the jury simply made a mistake | Bella Wright was found shot dead beside her bicycle on a lane in Leicestershire in July 1919. | Ronald Light, who had been seen riding with her on a green bicycle, was acquitted in 1920.
Villa Madeira | history | the Rattenbury case | an architect, his wife and their young chauffeur | a house called Villa Madeira in Bournemouth | 1935 | the attack in the drawing room; the trial of the wife and the chauffeur; the death of the wife after the trial | the trial was a judgement on the wife's morals more than on the evidence | the trial was a fair hearing of a simple case | The architect Francis Rattenbury was fatally beaten at his home in Bournemouth in March 1935. | His wife Alma was acquitted of murder but took her own life days after the trial.
Gunpowder in Hereford Street | social history | the Sheffield Outrages | trade union officials, non-union workers and the commissioners of inquiry | the cutlery and grinding trades of Sheffield | 1859 to 1867 | the rattening of tools; the explosion in Hereford Street; the inquiry that offered immunity | the outrages shaped the law on unions more than any peaceful campaign | the outrages were the crimes of a few bad men | A can of gunpowder exploded at a house in Hereford Street in Sheffield in October 1866. | An inquiry of 1867 heard the union secretary William Broadhead admit to organising attacks.
The Railings Came Down | politics | the Hyde Park railings affair | reformers, the police and the home secretary | Hyde Park in London | 1866 to 1867 | the park closed to a reform meeting; the railings pushed over; the reform act of the next year | the affair pushed parliament toward reform by frightening it a little | the affair was a brief disturbance with no effect on reform | Crowds pushed down the railings of Hyde Park in July 1866 after the police closed the park to a reform meeting. | The Reform League had called the meeting to press for a wider vote.
Soldiers at the Colliery | social history | the Featherstone shootings | miners on strike, soldiers and magistrates | the colliery at Featherstone in Yorkshire | 1893 | the lockout of the miners; the reading of the riot act; the inquiry into the shooting | the shootings showed how few police the coalfields really had | the soldiers fired only in self-defence | Soldiers fired on a crowd of miners at Featherstone in Yorkshire in September 1893. | Two men in the crowd were killed.
The Railway Cutting at Llanelli | social history | the Llanelli riots of 1911 | railway strikers, townspeople and soldiers | the railway line through Llanelli | 1911 | the train stopped at the level crossing; the shooting from the cutting; the explosion in a looted truck | the shootings were caused by the decision to send soldiers rather than police | the soldiers acted properly against a violent crowd | Troops shot dead two men during the national railway strike at Llanelli in August 1911. | Later that day an explosion in a looted railway truck killed four more people.
The Tent Cut From Inside | history | the Dyatlov Pass incident | student hikers, search parties and Soviet investigators | a slope in the northern Ural Mountains | 1959 | the tent cut open in the night; the search that found the bodies under the snow; the closed investigation | the deaths are best explained by ordinary dangers made mysterious by secrecy | the hikers were killed by a secret weapon test | Nine experienced hikers died in the northern Ural Mountains in February 1959. | Their tent had been cut open from the inside.
The Party Boat | history | the sinking of the Marchioness | young party guests, a dredger's crew and river authorities | the Thames near Southwark Bridge | 1989 to 1999 | the collision in the dark; the poor lookout on both vessels; the long campaign for a public inquiry | the river lacked proper rules for lookouts, and that made the disaster possible | the collision was one skipper's error | The pleasure boat Marchioness sank after being struck by the dredger Bowbelle on the Thames in August 1989. | Fifty-one people, most of them young guests at a birthday party, died.
The Reef by Rockall | maritime history | the wreck of the Norge | Scandinavian emigrants, the ship's officers and the rescuers | the sea near Rockall | 1904 | the emigrant trade out of Copenhagen; the reef in calm weather; the lifeboats that drifted for days | the scale of the loss came from the way emigrant ships were equipped | the ship was lost to pure bad luck | The emigrant ship Norge struck a reef near Rockall in June 1904. | More than six hundred passengers and crew died, most of them emigrants bound for New York.
Refugees in the Baltic | military history | the sinking of the Wilhelm Gustloff | refugees, naval officers and a submarine crew | the Baltic Sea off Pomerania | 1945 | the evacuation from East Prussia; the torpedoes at night; the silence about the sinking after the war | the sinking was half forgotten since it suited nobody's version of the war | the ship was a legitimate military target | The liner Wilhelm Gustloff was torpedoed by a Soviet submarine in the Baltic in January 1945. | Most of those on board were refugees fleeing East Prussia.
Gold in the Victoria Dock | military history | the Bombay explosion of 1944 | dock workers, firemen and a ship's crew | the docks of Bombay | 1944 | the fire in the hold; the two explosions; the gold bars scattered across the city | wartime haste had pushed aside the rules for loading, and that caused the disaster | the explosion was the result of sabotage | The cargo ship Fort Stikine exploded in the Victoria Dock at Bombay in April 1944. | The ship was carrying cotton, explosives and gold bullion.
The White Mountain | sport | the first ascent of Mont Blanc | a crystal hunter, a village doctor and a Genevan scientist | the valley below Mont Blanc | 1760 to 1787 | the prize offered for the ascent; the climb of August 1786; the quarrel over who deserved the credit | the credit for the ascent was shaped by the men who wrote it up | one heroic guide deserves all the credit | Jacques Balmat and Michel-Gabriel Paccard reached the summit of Mont Blanc in August 1786. | Horace-Bénédict de Saussure had offered a reward for the first ascent.
Letters by Balloon | military history | the balloons of the siege of Paris | balloon makers, sailors who flew them and carrier pigeons | the besieged city of Paris | 1870 to 1871 | the balloons made in railway stations; the flight of a minister; the films carried by pigeons | the balloons mattered for morale far more than for war | the balloons kept the French war effort alive | Léon Gambetta left besieged Paris by balloon in October 1870. | Carrier pigeons brought messages back into the city on tiny photographic films.
Meat on the Battleship | military history | the mutiny on the battleship Potemkin | sailors, officers and the people of Odessa | the Black Sea and the port of Odessa | 1905 | the quarrel over rotten meat; the ship's arrival at Odessa; the surrender in Romania | the mutiny mattered more as an image than as an event | the mutiny began a revolution in the fleet | Sailors of the battleship Potemkin mutinied in June 1905 after a quarrel over rotten meat. | The mutineers eventually surrendered the ship at the Romanian port of Constanța.
Across the Ice to Kronstadt | politics | the Kronstadt rising | naval sailors, Bolshevik leaders and Red Army soldiers | the island naval base of Kronstadt | 1921 | the sailors' demands for free elections; the attack across the frozen sea; the change of economic policy | the rising forced a change of policy even though it was crushed | the rising was a plot by foreign enemies | Sailors at the Kronstadt naval base rose against the Bolshevik government in March 1921. | Red Army troops crossed the frozen sea to crush the rising.
Shots in the Taiga | history | the Lena goldfields massacre | gold miners, company managers and gendarmes | the goldfields of the Lena in Siberia | 1912 | the strike over food and pay; the shooting of a crowd; the protest strikes across the empire | the massacre revived a labour movement that seemed to have been beaten | the shooting was an isolated local blunder | Troops fired on striking workers at the Lena goldfields in Siberia in April 1912. | The shootings led to protest strikes across Russia.
Gifts on Khodynka Field | history | the Khodynka tragedy | Moscow crowds, police officers and the new tsar | a military training ground outside Moscow | 1896 | the promise of free gifts; the crush in the ditches; the ball held that evening | the tragedy damaged the new reign because of what the tsar did afterwards | the crush was an unavoidable accident | About 1,400 people died in a crush on Khodynka Field in Moscow during the coronation festivities of May 1896. | Nicholas II attended a ball at the French embassy that same evening.
Fog off Cape Race | maritime history | the loss of the steamer Arctic | passengers, crew and the owner's family | the sea off Cape Race in Newfoundland | 1854 | the collision in fog; the crew who took the boats; the owner's wife and children among the lost | the disaster changed ideas about duty at sea more than it changed ships | no captain could have avoided a collision in such fog | The Collins Line steamer Arctic went down off Newfoundland in September 1854 after colliding with a smaller vessel in fog. | None of the women or children on board survived.
Heeled for Repair | maritime history | the loss of HMS Royal George | sailors, dockyard workers and visitors from Portsmouth | the anchorage at Spithead | 1782 | the ship heeled over for work below the waterline; the visitors on board; the court martial that blamed rotten timbers | the sinking was caused by routine work done carelessly | the ship sank because its timbers were rotten | HMS Royal George sank at its anchorage at Spithead in August 1782 while heeled over for repairs. | Several hundred people, including many visitors from shore, drowned.
Trials in Liverpool Bay | military history | the loss of the submarine Thetis | naval officers, shipyard workers and rescue teams | Liverpool Bay | 1939 | the torpedo tube opened to the sea; the stern above the water; the rescue that never came | a chain of small lapses in checking, not one great blunder, sank the boat | one careless officer was to blame | The new submarine Thetis sank during trials in Liverpool Bay in June 1939. | Ninety-nine men died, and only four escaped.
Collisions in the Forth | military history | the so-called Battle of May Island | submarine crews, cruiser captains and Admiralty planners | the sea near May Island | 1918 | the steam-driven submarines; the confusion in the dark; the silence after the losses | the accident was a product of a design that asked too much of crews | the collisions were simple bad luck in the dark | A series of collisions among steam-driven submarines in the Firth of Forth in January 1918 became known as the Battle of May Island. | Two submarines were sunk and more than a hundred men died without an enemy in sight.
Over the Humber | history of technology | the loss of the airship R38 | British and American airmen, designers and the people of Hull | the sky over Hull | 1919 to 1921 | the design made light to fly high; the sharp turns in the trial; the break-up over the river | the airship broke up because it was designed without proper strength calculations | the pilot's handling brought the airship down | The airship R38 broke up in the air over Hull in August 1921. | It had been built for the United States Navy.
Complex Marriage | social history | the Oneida Community | religious followers, their leader and their children | the community at Oneida in New York State | 1848 to 1881 | the rules of shared property; the system of complex marriage; the change into a business | the community lasted because it was run like a firm as well as a faith | the community was a cult held together by one man | John Humphrey Noyes founded a religious community at Oneida in New York State in 1848. | After the community dissolved in 1881 it became a joint-stock company, later famous for silverware.
Transcendentalists in the Fields | social history | the community at Brook Farm | writers, farmers and teachers | a farm at West Roxbury near Boston | 1841 to 1847 | the school that paid the bills; the turn to the ideas of Fourier; the fire that ruined the community | the community was sustained by its school and ended by its debts | the community failed because intellectuals cannot farm | Brook Farm was founded near Boston in 1841 by George Ripley. | A fire in 1846 destroyed its new central building before it was finished.
Welsh on the Chubut | social history | the Welsh settlement in Patagonia | Welsh settlers, Argentine officials and Tehuelche people | the valley of the Chubut River | 1865 to 1875 | the voyage of the Mimosa; the first years of hunger; the irrigation that saved the colony | the colony survived because of help from the Tehuelche and the digging of irrigation ditches | the colony was a hopeless mistake from the start | The ship Mimosa landed about 150 Welsh settlers in Patagonia in July 1865. | The settlers founded the colony in the valley of the Chubut River.
A Socialist Colony in Paraguay | social history | the New Australia colony | Australian shearers and bush workers, their leader and Paraguayan officials | a grant of land in Paraguay | 1893 to 1899 | the voyage from Sydney; the quarrel over drink; the breakaway colony of Cosme | the colony failed because its members disagreed about what equality required | the colony was wrecked by its leader's temper alone | William Lane led a party of Australian settlers to found a socialist colony in Paraguay in 1893. | Lane and a group of followers broke away in 1894 to found a second colony called Cosme.
Rubber on the Tapajós | business history | Fordlândia | company managers, Brazilian workers and rubber trees | the banks of the Tapajós River in Brazil | 1928 to 1945 | the town built on an American model; the riot over the canteen; the leaf blight in the plantations | the project failed because it ignored both the forest and the workers | the project was defeated by a plant disease alone | Henry Ford's company began building a rubber plantation town called Fordlândia in the Brazilian Amazon in 1928. | Workers rioted in 1930 over the food served in the canteen.
The Great Spring | history of technology | the building of the Severn Tunnel | engineers, navvies and the railway company's directors | the estuary of the Severn between Gloucestershire and Monmouthshire | 1873 to 1886 | the flood from the great spring; the contractor brought in to finish; the pumps that still run | the tunnel was finished because the company changed contractors at the right moment | the tunnel was a straightforward triumph of engineering | The Severn Tunnel opened to goods traffic in 1886. | Work had been held up for years by a great spring that flooded the workings.
A Promise at a By-Election | history of technology | the Humber Bridge | local politicians, bridge engineers and the people of Hull and Lincolnshire | the estuary of the Humber | 1966 to 1981 | the by-election promise; the long years of building; the tolls and debt | the bridge was built for political reasons and then judged by economic ones | the bridge was a sensible investment in the region | The Humber Bridge opened in 1981 as the longest single-span suspension bridge in the world. | The government had promised the bridge during a by-election in Hull in 1966.
A Circle Under Glasgow | history of technology | the opening of the Glasgow Subway | cable engineers, the company's directors and Glasgow passengers | the streets under Glasgow | 1890 to 1897 | the cable that pulled the trains; the accident on opening day; the slow growth of passengers | the subway succeeded slowly because its circle fitted how the city lived | passengers took to the subway at once | The Glasgow District Subway opened in December 1896, and its cable-hauled trains ran in a single circle. | It was closed on its opening day after an accident and did not reopen until January 1897.
The Pier of Chains | architecture | the Chain Pier at Brighton | a naval engineer, steamer passengers and promenaders | the seafront at Brighton | 1823 to 1896 | the suspension chains; the steamers to Dieppe; the storm that destroyed it | the pier changed from a landing stage into a place of pleasure | the pier was built purely as a promenade | The Chain Pier at Brighton opened in 1823. | A storm wrecked it in December 1896.
The Stump at Wembley | architecture | Watkin's tower at Wembley Park | a railway chairman, engineers and day trippers | Wembley Park in Middlesex | 1890 to 1907 | the design competition; the soft ground under the legs; the demolition | the tower failed because it was built to sell railway tickets and could not | the tower failed only because of bad foundations | Edward Watkin's tower at Wembley Park was meant to be the tallest structure in the world. | Only the first stage was built, and it was demolished in 1907.
Inside the Globe | social history | Wyld's Great Globe | a mapmaker, showmen and paying visitors | Leicester Square in London | 1851 to 1862 | the globe built for the year of the exhibition; the relief model seen from inside; the end of the lease | the globe succeeded by teaching geography as entertainment | the globe was only a fairground novelty | James Wyld opened a giant globe in Leicester Square in 1851. | Visitors climbed stairs inside it to see a relief model of the earth's surface.
The Last Fair at Smithfield | social history | the end of Bartholomew Fair | showmen, City officials and London crowds | the open ground at Smithfield | 1840 to 1855 | the cloth fair that turned into a pleasure fair; the rules that shrank it; the last fair | the fair was ended by slow regulation and not by one decision | the fair died because people lost interest in it | Bartholomew Fair was held for the last time at Smithfield in 1855. | The City of London had restricted it for years before it was ended.
The General at the Palace | social history | General Tom Thumb's visit to London | a showman, a small boy and London society | the Egyptian Hall and the court of Queen Victoria | 1844 to 1846 | the visit to the palace; the crowds at the hall; the profits taken home | the tour succeeded because royal approval turned a freak show into a fashion | the tour was a simple case of public curiosity | An American showman brought Charles Stratton, billed as General Tom Thumb, to London in 1844. | Stratton was received by Queen Victoria at Buckingham Palace.
Gentlemen by Night | social history | the Mohocks scare of 1712 | young gentlemen, night watchmen and pamphlet writers | the night streets of Queen Anne's London | 1712 | the reports of attacks in the street; the royal proclamation; the doubts about whether the gang existed | the scare was made by newspapers and politics more than by real gangs | the Mohocks were a real and dangerous gang | London was gripped by reports of gangs of young gentlemen called Mohocks in March 1712. | A royal proclamation offered a reward for their capture.
The Gates at Saltley | politics | the picketing of the Saltley coke depot | striking miners, Birmingham engineering workers and the police | a coke depot in Birmingham | 1972 | the lorries leaving the depot; the engineers who came out in support; the decision to close the gates | the closure was won by numbers and by the police's judgement of risk | the police were simply defeated by force | Mass pickets closed the coke depot at Saltley in Birmingham in February 1972. | Thousands of engineering workers from Birmingham joined the miners' pickets.
The Work-In on the Clyde | politics | the Upper Clyde Shipbuilders work-in | shipyard workers, shop stewards and government ministers | the shipyards of the upper Clyde | 1971 to 1972 | the decision to refuse closure; the work-in that kept the yards running; the government's change of course | the work-in succeeded because it was disciplined and popular | the yards were saved by government money alone | Workers at Upper Clyde Shipbuilders began a work-in in July 1971 rather than accept closure. | The shop stewards Jimmy Reid and Jimmy Airlie led the campaign.
Socially Useful Products | business history | the Lucas Plan | shop stewards, engineers and company managers | the factories of Lucas Aerospace | 1974 to 1980 | the threat of redundancies; the alternative corporate plan; the company's refusal | the plan mattered more as an idea than as a business proposal | the plan was an impractical dream | Shop stewards at Lucas Aerospace published an alternative corporate plan in 1976. | The plan proposed about 150 socially useful products, including heat pumps and kidney machines.
Motorcycles at Meriden | business history | the Meriden motorcycle cooperative | motorcycle workers, a government minister and the owners of Norton Villiers Triumph | the Triumph factory at Meriden | 1973 to 1983 | the occupation of the factory; the government loan; the long decline of sales | the cooperative was defeated by the market for motorcycles and not by its own members | the cooperative failed because workers cannot manage | Workers occupied the Triumph motorcycle factory at Meriden in 1973 to stop its closure. | A workers' cooperative took over production there in 1975.
Glass at St Helens | business history | the Pilkington strike of 1970 | glass workers, the union and the family firm | the glass works at St Helens | 1970 | the pay dispute that started in one department; the rank and file committee; the split with the union | the strike was as much a revolt against the union as against the company | the strike was a simple dispute over wages | Workers at the Pilkington glass works in St Helens went on strike in April 1970. | The strike lasted about seven weeks.
Flying Pickets | politics | the Shrewsbury pickets case | building workers, the police and the courts | building sites in Shrewsbury and Telford | 1972 to 1975 | the national building strike; the conspiracy trial; the prison sentences | the trial was a political response to picketing rather than to any crime | the pickets were properly convicted of intimidation | Building workers picketed sites in Shrewsbury and Telford during the national building strike of 1972. | Several pickets were later jailed, among them Des Warren and Ricky Tomlinson.
Five Nuns and a Poet | maritime history | the wreck of the Deutschland | German emigrants, Kentish boatmen and a Jesuit poet | the Kentish Knock sandbank in the Thames estuary | 1875 to 1876 | the ship aground in a snowstorm; the boats that came late from Harwich; the poem that made the wreck famous | the wreck is remembered because of a poem and not because of its size | the wreck was an ordinary accident now rightly forgotten | The German emigrant steamer Deutschland ran aground on the Kentish Knock sandbank in December 1875. | Five nuns exiled from Germany drowned, and Gerard Manley Hopkins wrote a poem about them.
Lost in the Channel | military history | the loss of the submarine Affray | submariners, young officers on a course and naval searchers | the English Channel | 1951 | the exercise that began at night; the search over a wide area; the snapped snorkel mast | the submarine was lost because of faults the navy knew about | the loss was a mystery that cannot be explained | The submarine Affray disappeared in the English Channel in April 1951. | The wreck was found two months later near Hurd Deep.
A Circus Under the Tower | architecture | Blackpool Tower | a company of Lancashire businessmen, holidaymakers and engineers | the seafront at Blackpool | 1891 to 1894 | the company formed to build it; the circus and ballroom beneath; the crowds from the mill towns | the tower succeeded because of what was built under it | the tower was a copy of a foreign landmark | Blackpool Tower opened to the public in May 1894. | The tower was built on top of a building containing a circus and a menagerie.
A Petition to the Tsar | politics | the Bloody Sunday shootings of 1905 | factory workers, a priest and the imperial guard | the squares of St Petersburg | 1905 | the workers' assembly led by a priest; the petition and the march; the shooting at the palace | the shooting destroyed the belief that the tsar protected his people | the march was a revolutionary plot | Troops fired on a procession of workers led by the priest Georgy Gapon in St Petersburg in January 1905. | The workers had been carrying a petition to the Tsar.
"""

SCHOLARS = ["Tulloch", "Manson", "Halcrow", "Jamieson", "Inkster", "Leask", "Goudie", "Sinclair", "Abernethy", "Hunter",
            "Cumming", "Pottinger", "Arcus", "Twatt", "Spence", "Linklater", "Omand", "Harcus", "Bruce", "Garriock",
            "Nicolson", "Smollett", "Laurenson", "Ratter"]

OPENING = [
    "Mention {x} in company and the same short tale comes back each time.",
    "{X} has been retold until the retellings block the view.",
    "Few episodes are retold as confidently as {x}.",
    "{X} tends to arrive in class already explained.",
    "{X} comes with an approved version short enough for a postcard.",
    "With {x}, judgement was passed long before anyone opened the files.",
    "School books spare {x} a paragraph and hurry past.",
    "Everyone seems to know what {x} was about.",
    "{X} has long been used as a lesson, which is not the same as being understood.",
    "Most readers meet {x} as a footnote to something larger.",
    "Coming to {x} with fresh eyes is harder than it sounds.",
    "{X} usually appears in print with its moral already attached.",
]
FRAME = [
    "The evidence comes mostly from {setting}.",
    "The main actors were {people}.",
    "The span in question ({period}) was short, yet crowded.",
    "Gaps in the record are flagged as they arise.",
    "Sequence matters here, so dates are kept close at hand.",
    "Some conclusions below are offered with caution.",
]
ROADMAP = [
    "I begin with {s1} and then turn to {s2}.",
    "Section by section, a well-worn claim is held up against the papers.",
    "Roughly, the essay moves forward in time.",
    "{S1} will need more space than it usually gets.",
    "The closing pages face the best counter-case I know of.",
]
QUESTION_LEAD = [
    "One question sits underneath all of this: {question}",
    "Put simply, the puzzle is this: {question}",
    "The question worth asking first is plain: {question}",
    "Each section below comes back to a single question: {question}",
]
QUESTIONS = ["whom did {x} actually benefit?", "how much choice did {people} really have?",
             "why has the simple account of {x} lasted so long?", "how different would {setting} be had {x} never happened?"]
CLAIM_THESIS = [
    "I want to argue that {thesis}.",
    "What I shall defend is that {thesis}.",
    "On the evidence, it seems more likely that {thesis}.",
    "My case, put briefly, is that {thesis}.",
    "Looking at {s1}, {s2} and {s3} in turn, I will suggest that {thesis}.",
    "A better account, I think, is that {thesis}.",
    "These pages try to show that {thesis}.",
    "The position taken here is that {thesis}.",
]
CONTEXT = [
    "First, the backdrop.",
    "The times were unsettled.",
    "{People} had little margin for mistakes.",
    "None of those involved could foresee the shape their story would take in print.",
    "Institutions were shifting, though not all at one pace.",
    "A number of the earliest accounts came from interested parties.",
    "{Scholar} finds the roots of the episode well before it began.",
    "A good share of the surviving papers come from {setting}.",
    "Dates and places are secure; motives are not.",
    "What existed before had been patched together over decades.",
    "Events outran the expectations of those in authority.",
    "Contemporaries lacked the distance to see what kind of thing they were living through.",
]
NAMING = [
    "Vocabulary needs a moment's care.",
    "Some of the names now used for {x} were coined afterwards.",
    "{People} described themselves in terms we might avoid.",
    "Present-day terms are used here for ease, nothing more.",
    "Even calling it {x} carries a judgement.",
    "Every available label leans one way or another.",
]
RECORD = [
    "The surviving material falls into three kinds.",
    "Papers from {setting} record what was decided but rarely why.",
    "Letters by {people} are vivid, but each had an audience in mind.",
    "Newspapers covered {x} quickly and not always carefully.",
    "Memoirs composed in old age make good reading and poor evidence.",
    "Photographs and surviving things act as a control on what was written.",
]
CAST = [
    "First, a word about who took part.",
    "{People} did not share one outlook or one aim.",
    "A few wrote down their side of things; most left nothing.",
    "{Scholar} insists that the less famous participants count as much as the celebrated ones.",
    "What they could do was limited by rules made elsewhere.",
]
STRAND_IN = [
    "Take {s}.",
    "The firmest evidence concerns {s}.",
    "Seldom discussed, but essential, is {s}.",
    "Any honest account must deal with {s}.",
    "Not enough attention has gone to {s}.",
    "That leads to {s}.",
    "A great deal turns on {s}.",
    "The sources say most about {s}.",
    "It is worth lingering over {s}.",
    "Another strand is {s}.",
]
POINT = [
    "In hindsight, {s} appears much neater than it felt at the time.",
    "Few of the people caught up in {s} wrote anything down.",
    "Lay the dates from {setting} side by side and {s} makes more sense than any long narrative allows.",
    "Money, more than conviction, drove {s}.",
    "Official papers pass over {s} in a line or two.",
    "The people hit hardest by {s} are the hardest to trace.",
    "Whoever controlled {s} gained leverage over much else.",
    "For {Scholar}, {s} is where everything turned, and the claim holds up.",
    "Certain retellings inflate {s} far past what the papers bear.",
    "{People} disagreed sharply about {s}.",
    "Each document about {s} was written by someone with an interest.",
    "Put in order, step after step, {s} grows far less puzzling.",
    "Behind {s} lay a mass of routine labour that seldom reaches the history books.",
    "For {people}, {s} was above all a practical problem.",
    "Nobody planned {s}; it accumulated step by step.",
    "The timing of {s} shaped what it came to mean.",
]
NUMBERS = [
    "In a sample of {num} cases, {Scholar} ({year}) links {s} to roughly {pct} in a hundred later outcomes.",
    "Of {num} documents read by {Scholar}, about {pct} in a hundred mention {s}.",
    "{Scholar} ({year}) rates {s} at about {pct} per cent of the whole result.",
    "When {Scholar} went through {num} files in {year}, hardly any left out {s}.",
    "{Scholar} ({year}) counts {num} comparable cases, nearly all with a similar course.",
    "{Scholar} admits the counts have holes in them, though on {s} they all lean together.",
    "{Scholar} ({year}) estimates that {s} accounts for close to {pct} in every hundred later changes.",
    "{Scholar} suspects that earlier writers on {s} were reading the wrong boxes of papers.",
]
CASES = [
    "{Scholar} reconstructs the affair through the eyes of one family.",
    "In {setting}, {people} met {s} with hardly any help from outside.",
    "Something similar happened far from {setting}.",
    "Such cases are typical, and exceptions are few.",
    "The same pattern runs through the whole period ({period}).",
    "{People} themselves, retelling it, dwelt on exactly this.",
    "More examples could be given without difficulty.",
]
LINK_BACK = [
    "Here, in small, is my whole claim: {thesis}.",
    "No lone instance can settle the matter, yet this instance jars with the familiar telling.",
    "Put differently, {s} belongs near the centre of any explanation.",
    "Here is one more reason to believe that {thesis}.",
    "A summary makes the distance look slight, whereas those living with it found it great.",
    "Keep this in mind for the objection below.",
    "No conclusion worth having can ignore {s}.",
]
PIVOT = ["Then {s} changed the picture.", "After that came {s}.", "The arrival of {s} shifted the argument.",
         "What happened next depended on {s}."]
CITE_LEAD = [
    "{Scholar} catches the mood of {setting} well:",
    "Years later, someone who had known {setting} looked back like this:",
    "Speaking at a {year} seminar on {x}, one historian said:",
    "{Scholar} does not mince words about {s}:",
    "{Scholar} is most forceful when writing on {s}:",
]
CITED = [
    "Looked at closely, the well-known version of {x} begins to fall apart.",
    "At the time nobody thought of {s} as history; it was just a job.",
    "Memory turns {x} into a moment, but the files show a long process.",
    "Once the accounts behind {s} are read, the riddle mostly dissolves.",
    "There are two stories of {x}: the one lived and the one retold.",
    "Nothing in the paperwork on {s} is exciting, which is precisely the point.",
]
CITE_AFTER = [
    "The wording is neat, maybe too neat, but the point is fair.",
    "It is a single witness, though a well-placed one.",
    "Nothing was gained by saying it, which makes it more believable.",
    "Hindsight may have shaped it, but the point stands.",
]
CITE_AFTER2 = [
    "{People}, writing elsewhere, tell a similar tale.",
    "So {s} was plainly discussed in public at the time.",
    "Beyond {setting}, nobody can yet tell whether it held.",
    "Its worth is the window it opens on {s}.",
    "It sits awkwardly beside the schoolbook version of {x}.",
]
LIST_INTRO = [
    "Where {x} went well, a few conditions were in place:",
    "Each time {people} succeeded, the same things were present:",
    "A better result in {setting} would have required:",
    "The cases in {setting} that turned out well had some features in common:",
]
LIST_POINT = [
    "an early understanding of {s}",
    "real discussion with {people} about {s}",
    "a fast response when {s} began to go wrong",
    "independent checks on {s}",
    "a small-scale trial run of {s}",
    "an open reckoning of the price of {s}",
]
LIST_EXTRA = ["reliable funding for {x} year after year", "a single official able to stop {x}",
              "paperwork on {x} kept long after its writers had gone", "a calendar date for revisiting {x}"]
COMPARE = [
    "Set beside comparable episodes, {x} seems less exceptional.",
    "Under much the same strain, other towns ended up somewhere else entirely.",
    "Where {people} were asked early, disputes were gentler.",
    "Comparison is difficult, since nothing quite like {s2} occurred elsewhere.",
    "The outcome in {setting} was not fixed in advance.",
    "Patience with opponents usually paid better than haste.",
]
COUNTERFACT = [
    "Suppose {s2} had taken a different turn.",
    "Such exercises settle nothing, though they reveal which parts of a story bear the load.",
    "Take away {s1}, and what would then have happened in {setting} is very hard to picture.",
    "The dilemmas facing {people} would have been of another kind.",
    "Played through, the exercise makes the ending look far from fixed.",
]
LEGACY = [
    "The episode came to an end; its consequences did not.",
    "In {setting}, the memory of {x} shaped choices for a generation.",
    "{People} passed on their own version of events.",
    "Each later inquiry found itself drawn back to {s3}.",
    "Each anniversary of {x} produces a new retelling, slightly changed.",
    "Not all the lessons taken from {x} were sound.",
]
DOUBT = [
    "The obvious reply is that {rival}.",
    "The strongest competing view holds that {rival}.",
    "Plenty of readers will object that {rival}.",
    "It could reasonably be argued that {rival}.",
    "Parts of the evidence do appear to show that {rival}.",
]
DOUBT_MORE = [
    "{People} would probably have nodded at this.",
    "Able historians hold this view, and it deserves respect.",
    "{Scholar2} ({year2}) makes this case at length.",
    "The objection has weight, because every choice about {x} cost someone.",
]
ANSWER = [
    "Yet the papers from {setting} suggest otherwise.",
    "It leaves {s2} unexplained.",
    "It also assumes what it sets out to prove.",
    "It needs {x} to have been simpler than the archives now allow.",
    "If it were right, one town's experience would have matched the next one's.",
    "A price was paid, no doubt; proving it was decisive is a separate task.",
]
CLOSE_FIRST = [
    "In sum, {thesis}.",
    "Put together, the evidence leans one way: {thesis}.",
    "The argument is far from settled.",
    "So what has this essay established?",
    "Every thread followed here leads to the same place: {thesis}.",
    "With the detail set aside, one point is left.",
    "Reducing {x} to a slogan would be easy, and mistaken.",
]
CLOSE_MID = [
    "Separately, {s1}, {s2} and {s3} explain a little; together they explain a lot.",
    "The view that {rival} deserves its due, yet the record tells against it.",
    "Small details, not grand theories, have done the work here.",
    "The questions it raised lasted longer than the events themselves.",
    "Archives not yet read will certainly add more.",
    "The residue is plainer than the legend, and truer to the papers.",
]
CLOSE_LAST = [
    "{People} lived with the results for the rest of their lives.",
    "The obvious sequel to this essay would put {setting} alongside other places that lived through something alike.",
    "The people behind {x} were never obliged to choose as they did.",
    "What {x} shows is mostly about how organisations behave, less about persons.",
    "Tell {x} again by all means, but tell it slowly.",
    "Its reputation undersells {x}, which rewards a careful reader.",
]
HD_BACK = ["Background", "Setting the scene", "The situation beforehand", "The wider context", "How it began",
           "First, some context"]
HD_NAMING = ["Some words about words", "Names and labels", "Vocabulary"]
HD_RECORD = ["Sources", "The surviving record", "What the documents show"]
HD_CAST = ["Who took part", "The people", "The main actors"]
HD_STRAND = ["{S}", "On {s}", "{S} considered", "The question of {s}", "Looking again at {s}", "Why {s} matters"]
HD_COMPARE = ["Comparisons", "Looking further afield", "Similar cases"]
HD_COUNTER = ["What if?", "A different outcome", "Another path"]
HD_LEGACY = ["Aftermath", "What came after", "The longer view"]
HD_DOUBT = ["Objections", "A counter-argument", "The case against", "Answering the critics", "Weighing the objection",
            "Second thoughts"]
HD_CLOSE = ["Conclusions", "Summing up", "In the end", "Closing thoughts", "Last words"]


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
    """Card in, essay out. Opening paragraph: the subject named at once, the thesis last, and possibly a framing
    line, a plan or a question in the middle. Background paragraph: fact one (fact two goes here or beside strand
    two). Optional aside on names, sources or participants. Strands: one or two paragraphs each, sometimes after a
    one-line turn, now and then with a quotation or list behind. Optional comparison, what-if or aftermath.
    Objection: states the rival view, then replies to it. Ending: its final sentence names subject, people or
    setting. Roughly one essay in two gets headings; a pattern never repeats inside one essay."""
    unused: dict[int, list[str]] = {}

    def take(pool: list[str]) -> str:
        rest = unused.setdefault(id(pool), rng.sample(pool, len(pool)))
        return rest.pop() if rest else rng.choice(pool)

    s1, s2, s3 = card["strands"]
    pair = rng.sample(SCHOLARS, 2)
    slots = dict(x=card["x"], X=cap(card["x"]), people=card["people"], People=cap(card["people"]),
                 setting=card["setting"], period=card["period"], s1=s1, s2=s2, s3=s3, S1=cap(s1),
                 thesis=card["thesis"], rival=card["rival"], Scholar=pair[0], Scholar2=pair[1])
    # studies date from after their events and from 2001 at the latest
    ended = int(re.findall(r"\d{4}", card["period"])[-1])

    def fill(pattern: str, s: str | None = None) -> str:
        extra = dict(s=s or s1, S=cap(s or s1), year=rng.randint(max(1961, ended + 2), 2001),
                     year2=rng.randint(max(1969, ended + 2), 2001),
                     pct=rng.choice([8, 12, 18, 23, 27, 33, 38, 44, 49, 56, 63, 71]),
                     num=rng.choice([14, 22, 31, 45, 57, 68, 87, 112, 151, 214]))
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
    for share, pool, name in ((0.32, FRAME, "frame"), (0.3, ROADMAP, "road map"), (0.27, QUESTION_LEAD, "question")):
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
    for low, high, pool, heads, name in ((0.0, 0.14, NAMING, HD_NAMING, "words"), (0.14, 0.3, RECORD, HD_RECORD, "sources"),
                                         (0.3, 0.44, CAST, HD_CAST, "people")):
        if low <= aside < high:
            parts.append(name)
            if headed:
                blocks.append(("heading", fill(take(heads))))
            blocks.append(para(*[fill(q) for q in [pool[0]] + rng.sample(pool[1:], rng.randint(2, 3))]))
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
    if extra < 0.46:
        parts.append("comparison" if extra < 0.19 else "counterfactual" if extra < 0.33 else "legacy")
    if extra < 0.19:
        if headed:
            blocks.append(("heading", fill(take(HD_COMPARE))))
        blocks.append(para(*[fill(take(COMPARE)) for _ in range(rng.randint(3, 4))]))
    elif extra < 0.33:
        if headed:
            blocks.append(("heading", fill(take(HD_COUNTER))))
        blocks.append(para(*[fill(q) for q in [COUNTERFACT[0]] + rng.sample(COUNTERFACT[1:], rng.randint(2, 3))]))
    elif extra < 0.46:
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
                objection=objection, last=last, openers=openers, headed=headed, parts=parts)


# ------------------------------------------------------------------------------------------------ shared pieces

ESSAYS_BY_TITLE: dict[str, dict] = {}  # main() fills it; boxes quoting another page's essay read from it
SEED = 2021  # main() sets it; it decides which pages get each site's rarer pieces


def essay_text(title: str) -> str:
    return " ".join(block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"])


def paragraphs_of(title: str) -> list[str]:
    return [block_text(b) for b in ESSAYS_BY_TITLE[title]["blocks"] if b[0] == "paragraph"]


def only_in(text: str, title: str) -> bool:
    """Does `text` occur in essay `title` and nowhere else?"""
    want = norm(text)
    return all((want in norm(essay_text(t))) == (t == title) for t in ESSAYS_BY_TITLE)


def closing_of(title: str) -> str:
    """Closing sentence; it mentions subject, people or setting."""
    sen = ESSAYS_BY_TITLE[title]["last"]
    assert paragraphs_of(title)[-1].endswith(sen) and only_in(sen, title), title
    return sen


def strand_opening(title: str) -> str:
    """First sentence of the first-strand paragraph."""
    sen = ESSAYS_BY_TITLE[title]["openers"][0][0]
    assert any(q.startswith(sen) for q in paragraphs_of(title)) and only_in(sen, title), title
    return sen


def first_fact(title: str) -> str:
    fact = ESSAYS_BY_TITLE[title]["card"]["facts"][0]
    assert only_in(fact, title), title
    return fact


def objection_of(title: str) -> str:
    """Opening sentence of the objection, where the rival view is put."""
    sen = ESSAYS_BY_TITLE[title]["objection"]
    assert any(q.startswith(sen) for q in paragraphs_of(title)) and only_in(sen, title), title
    return sen


SITE_LEVELS = {
    "foula": ["S5 Higher", "S6 Advanced Higher", "S4 Intermediate 2", "S5 prelim practice"],
    "fetlar": ["Circle talks, first series", "Circle talks, second series", "Members' essays", "Winter lectures"],
    "whalsay": ["Education", "Social Studies", "Homework Help", "World History"],
    "stroma": ["Higher", "Advanced Higher", "Intermediate 2", "Certificate of Sixth Year Studies"],
}
SITE_GRADES = {
    "foula": ["17/20", "15/20", "13/20", "19/20", "11/20", "14/20"],
    "fetlar": ["4.5", "4", "3.5", "5", "3", "4"],
    "whalsay": ["Purple Star", "Lens of the Day", "Giant Squid pick", "Rising lens", "Top 100 in History", "Editor's pick"],
    "stroma": ["Band 1", "Band 2", "Band 3", "Grade A", "Grade B", "Grade C"],
}


class Page(g2.Page):
    """The Page of sites2 plus a level, a grade, the subject and all titles of the site."""

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
    return sorted(random.Random(f"twentyone:{SEED}:{site}:{role}").sample(range(1, PAGES_PER_SITE + 1), count))


def carries(site: str, role: str, count: int, page: Page) -> bool:
    """Whether `role` was drawn for this page (`count` pages get it)."""
    return page.index in _pages_for(site, role, count)


def rank_of(site: str, role: str, count: int, page: Page) -> int | None:
    """0-based rank of the page among those chosen for `role`; None when not chosen."""
    chosen = _pages_for(site, role, count)
    return chosen.index(page.index) if page.index in chosen else None


def placed_before(site: str, role: str, page: Page, first: int = 9) -> bool:
    """Whether a moving piece goes ahead of the essay here (`first` pages do so)."""
    order = list(range(1, PAGES_PER_SITE + 1))
    random.Random(f"twentyone:{SEED}:{site}:{role}:before").shuffle(order)
    return page.index in order[:first]


def pick_note(notes: list[str], p: Page, **more) -> str:
    return p.rng.choice(notes).format(**{"topic": p.topic, "title": p.title, "level": p.level, **more})


def digest(*parts, n: int = 24) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def number(*parts, mod: int, base: int = 0) -> int:
    return int(digest(*parts, n=8), 16) % mod + base


def slot_in(pieces: list, pos: int, piece) -> None:
    """Puts `piece` at index `pos` (never 0), first moving back past headings and colon-ended lead-ins, so headings
    stay with their text and lead-ins with what they introduce."""
    while pos > 0 and pieces[pos - 1][0] in ("heading", "lead"):
        pos -= 1
    pieces.insert(max(pos, 1), piece)


def shown_pieces(p: Page, heading, para, quote_, listing) -> list[tuple[str, str]]:
    """(kind, html) for every visible block; kind "lead" marks paragraphs whose last character is a colon."""
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


def month_year(d: date) -> str:
    return f"{d.strftime('%B')} {d.year}"


# ---- 1. foula: a classroom wiki on Wikispaces --------------------------------------------------------------------

FO_WIKI = "halcrowhistory"
FO_HOST = f"{FO_WIKI}.wikispaces.com"
FO_ORGANIZER = "mhalcrow"
FO_SCHOOL = "Scalloway Academy"
FO_MEMBERS = ["mhalcrow", "kjamieson_s6", "ewilliamson", "rtulloch5", "history_dept", "a_inkster", "cgoudie", "lmanson14"]
FO_NAV = ["home", "Course outline", "Marked essays", "Source work", "Exam dates", "Useful sites", "Members"]
FO_NOTE_LABELS = ["Mrs Halcrow:", "Red-pen note:", "Look here, class:", "For the exam, S5:"]
FO_NOTES = [
    "from here on the writer argues instead of narrating",
    "see how the paragraph finishes by going back to the question",
    "a named historian here would have earned the extra mark",
    "good use of a precise figure, exactly what the examiners want",
    "a linking sentence like this keeps the marker on your side",
    "good: the opposing case is stated fairly and only then rebutted",
    "this paragraph could be shorter; the point is made in its first line",
]
FO_BANNERS = [
    "Sunday morning: Wikispaces moves servers, and wikis cannot be edited until noon.",
    "The organizer has turned on page approval: new edits show once they have been checked.",
    "Reminder from the organizer: practice essays for the prelim are due before the October break.",
]
FO_PERMISSION = "Posted with the writer's agreement; the surname has been removed by the organizer."
FO_RUBRIC = [("Knowledge and understanding", 8), ("Analysis", 6), ("Evaluation", 4), ("Structure and conclusion", 2)]


def fo_page_name(n: int) -> str:
    return f"sample{n:02d}"


def foula(p: Page) -> str:
    rng = p.rng
    site = "foula"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    card = p.card
    name = fo_page_name(p.index)
    pieces = shown_pieces(p, lambda v: f"<h2>{esc(v)}</h2>", lambda v, k: f"<p>{esc(v)}</p>",
                          lambda v: f'<blockquote><p>{esc(v)}</p></blockquote>', plain_list)
    n_essay = len(pieces)
    if carries(site, "teacher", 13, p):
        label = rng.choice(FO_NOTE_LABELS)
        text = pick_note(FO_NOTES, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", (
            f'<p><span style="background-color: #ffff00;"><strong>{esc(label)}</strong> {esc(text)}</span></p>')))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Video: a short film about {card['setting']}, embedded from YouTube"
            vid = digest(site, "video", p.title, n=11)
            piece = (f'<p><object width="425" height="350"><param name="movie" value="http://www.youtube.com/v/{vid}"></param>'
                     f'<embed src="http://www.youtube.com/v/{vid}" type="application/x-shockwave-flash" width="425" height="350"></embed></object><br />'
                     f'<em>{esc(caption)}</em></p>')
        else:
            caption = f"Scanned original: {name}_script.pdf"
            piece = (f'<p><a class="filelink" href="/file/view/{name}_script.pdf/{number(site, "file", p.title, mod=9 * 10**8, base=10**8)}/{name}_script.pdf">'
                     f'<img src="/i/mime/32/application/pdf.png" alt="" /> {esc(caption)}</a></p>')
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        wall = (f"Everyone can read the start here. The other {fmt_int(p.rest_words())} words sit on a "
                "page for wiki members: ask to join this wiki to read them.")
        pieces.append(("wall", f'<p class="wiki_protected"><em>{esc(wall)}</em> <a href="/wiki/request">Request to join</a></p>'))
        p.clutter += [wall, "Request to join"]
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h2>Works Cited</h2>"))
        pieces.append(("refs", "\n".join(f"<p>{mk}</p>" for _, mk in p.refs)))
    essay_html = "\n".join(h for _, h in pieces)

    # counts: in the details table below the title
    writer = f"{rng.choice(['Kirsty', 'Magnus', 'Erin', 'Ryan', 'Shona', 'Callum', 'Lauren', 'Jamie'])} (S{rng.choice([5, 6])})"
    details = [("Written by", writer), ("Course", p.level), ("Length handed in", f"{fmt_int(p.words)} words"),
               ("Booklet pages used", str(p.pages))]
    details_html = ('<table class="wiki_table" id="essay-details">\n'
                    + "\n".join(f"<tr><td><strong>{k}</strong></td> <td>{esc(v)}</td></tr>" for k, v in details) + "\n</table>")
    p.clutter += [f"{k} {v}" for k, v in details[:3]] + [f"Length handed in {fmt_int(p.words)} words"]
    # marking table: placed above or below the essay
    total = int(p.grade.split("/")[0])
    marks, left = [], total
    for k, (crit, top) in enumerate(FO_RUBRIC):
        rest_max = sum(t for _, t in FO_RUBRIC[k + 1:])
        got = left if k == len(FO_RUBRIC) - 1 else rng.randint(max(0, left - rest_max), min(top, left))
        marks.append((crit, got, top))
        left -= got
    marking = ('<table class="wiki_table" id="marking">\n<tr><th>Marking</th> <th>Awarded</th> <th>Out of</th></tr>\n'
               + "\n".join(f"<tr><td>{esc(c)}</td> <td>{m}</td> <td>{t}</td></tr>" for c, m, t in marks)
               + f"\n<tr><td><strong>Total</strong></td> <td><strong>{total}</strong></td> <td><strong>20</strong></td></tr>\n</table>")
    p.clutter += ["Awarded", "Knowledge and understanding", "Structure and conclusion"]
    before = placed_before(site, "marking", p)
    permission = ""
    if carries(site, "permission", 6, p):
        permission = f'<p><em>{esc(FO_PERMISSION)}</em></p>\n'
        p.clutter.append(FO_PERMISSION)
    content = (f'<h1>{esc(p.title)}</h1>\n{details_html}\n{permission}'
               + (f"{marking}\n" if before else "") + essay_html + ("" if before else f"\n{marking}"))
    # wiki chrome
    edited = datetime(2010, 2, 1, 9, 0) + timedelta(days=rng.randint(0, 1200), minutes=rng.randint(0, 600))
    editor = rng.choice(FO_MEMBERS)
    discussion = rng.randint(0, 6)
    history = f"Latest page version by {editor}, {edited.strftime('%d %b %Y, %H:%M')}"
    p.clutter += [history, f"discussion ({discussion})", "notify me"]
    banner = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div id="WikiNotice" class="notice"><p>{esc(FO_BANNERS[turn])}</p></div>\n'
        p.clutter.append(FO_BANNERS[turn])
    order = {t: k for k, t in enumerate(p.site_titles, 1)}
    worth = ""
    for t in rng.sample(p.others, 3):
        sen = closing_of(t)
        worth += (f'<li><a href="/{fo_page_name(order[t])}">{fo_page_name(order[t])}: {esc(t)}</a><br />'
                  f'<span class="worth-end">Ends: \u201c{esc(sen)}\u201d</span></li>')
        p.clutter += [f"{fo_page_name(order[t])}: {t}", f"Ends: \u201c{sen}\u201d", sen]
    files = "".join(f'<li><a href="/{fo_page_name(k)}">{fo_page_name(k)}</a></li>' for k in sorted(rng.sample(range(1, PAGES_PER_SITE + 1), 6)))
    edits = ""
    for t in rng.sample(p.others, 4):
        who = rng.choice(FO_MEMBERS)
        edits += f'<li><a href="/{fo_page_name(order[t])}">{esc(t)}</a> <span class="by">edited by {esc(who)}</span></li>'
        p.clutter += [t, f"edited by {who}"]
    nav = "".join(f'<li><a href="/{quote(x.replace(" ", "+"))}">{esc(x)}</a></li>' for x in FO_NAV)
    foot1 = (f"Everything members add to http://{FO_HOST}/ carries a Creative Commons Attribution Share-Alike 3.0 "
             "licence.")
    foot2 = "Portions not contributed by visitors are Copyright 2013 Tangient LLC"
    p.clutter += [foot1, foot2, "Pages and Files", "Latest edits", "Worth a look", "Join this Wiki", "Wikispaces Classroom",
                  "Course outline", "Marked essays", "Source work", "Exam dates", "Useful sites", FO_WIKI,
                  f"{FO_SCHOOL} History Department"]
    wiki_id = number(site, "wiki", mod=900000, base=100000)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{FO_WIKI} - {name}</title>
<link rel="stylesheet" type="text/css" href="http://www.wikispaces.com/_/2013051001/c/wikispaces.css" />
<link rel="stylesheet" type="text/css" href="/space/css/{wiki_id}/theme.css" />
<script type="text/javascript" src="http://www.wikispaces.com/_/2013051001/js/wikispaces.js"></script>
<script type="text/javascript">Wikispaces.init({{"wikiId": {wiki_id}, "page": "{name}", "classroom": true}});</script>
</head>
<body class="WikiBody ClassroomWiki">
<div id="WikiHeader">
<div id="WikiLogo"><a href="/"><img src="/space/logo/{wiki_id}.png" alt="" width="40" height="40" /></a> <span class="WikiName">{FO_WIKI}</span> <span class="WikiTagline">{esc(FO_SCHOOL)} History Department</span></div>
<div id="WikiUserBar"><a href="/wiki/request">Join this Wiki</a> &middot; <a href="https://www.wikispaces.com/site/signin">Sign in</a> &middot; <a href="http://help.wikispaces.com/">Help</a></div>
<form id="WikiSearch" action="/search/view" method="get"><input type="text" name="q" value="" size="18" /> <input type="submit" value="Search" /></form>
</div>
{banner}<div id="WikiContainer">
<div id="WikiNav">
<div class="WikiNavSection"><h3>Navigation</h3><ul>{nav}</ul></div>
<div class="WikiNavSection"><h3>Pages and Files</h3><ul>{files}</ul><p><a href="/space/pages">All pages</a></p></div>
<div class="WikiNavSection"><h3>Latest edits</h3><ul>{edits}</ul></div>
<div class="WikiNavSection" id="worth"><h3>Worth a look</h3><ul>{worth}</ul></div>
</div>
<div id="WikiMain">
<div id="WikiPageHeader"><h1 id="WikiPageTitle">{name}</h1>
<ul id="WikiTabs"><li class="active"><a href="/{name}">page</a></li><li><a href="/page/messages/{name}">discussion ({discussion})</a></li><li><a href="/page/history/{name}">history</a></li><li><a href="/page/notify/{name}">notify me</a></li></ul></div>
<div id="content_view" class="wiki wikiPage">
{content}
</div>
<div id="WikiPageFooter"><p class="history">{esc(history)}</p></div>
</div>
</div>
<div id="WikiFooter"><p>{esc(foot1)}</p><p>{esc(foot2)} &middot; <a href="http://www.wikispaces.com/content/classroom">Wikispaces Classroom</a> &middot; <a href="http://www.wikispaces.com/content/privacy">Privacy</a> &middot; <a href="http://www.wikispaces.com/content/terms">Terms</a></p></div>
</body>
</html>
"""


# ---- 2. fetlar: a collection of Google Knol articles ------------------------------------------------------------

FE_CIRCLE = "Westerwick History Circle"
FE_AUTHORS = ["Agnes Pottinger", "Robert Leask", "Isobel Harcus", "Thomas Omand", "Margaret Arcus", "Walter Garriock",
              "Helen Ratter", "Gilbert Laurenson"]
FE_BIOS = ["retired teacher of history and a founder member of the Circle",
           "former harbour pilot who writes about the sea and its disasters",
           "librarian with a long interest in trials and scandals",
           "local councillor and amateur historian of industry",
           "retired nurse who began writing history after joining the Circle",
           "engineer who turned to history on retiring"]
FE_NOTE_LABELS = ["Author's aside:", "Added later:", "Since writing this:", "Correction made:"]
FE_NOTES = [
    "a member of the Circle pointed out at the talk that this is disputed",
    "I have since found a second source that says the same thing",
    "the figure here comes from my notes for the talk and should be checked",
    "the photograph I showed at this point could not be put online",
    "this paragraph was shortened for the web version",
    "a reader has written to say that a relative was there",
    "the dates here were corrected after a comment below",
]
FE_BANNERS = [
    "Knol is closing: knols can be viewed until 30 April 2012 and exported until 1 October 2012.",
    "Knol maintenance on Thursday evening: pages may not load for an hour or so.",
    "New: authors can now move knols between collections.",
]
FE_COMMENTS = [
    "Glad to see this online. I missed the talk and this fills the gap.",
    "I had never heard of this before. Very clearly set out.",
    "Could you add the sources you mention? I would like to follow them up.",
    "My grandmother used to talk about this. I will send you what I remember.",
    "A fair summary, though the politics deserve more room, I think.",
    "Good to see the Circle's work reaching a wider audience.",
]
FE_READERS = ["J. Sutherland", "a reader in Lerwick", "Davie M.", "Freya", "K. Rendall", "old member", "Brian from Yell"]


def fe_meta(title: str) -> dict:
    h = number("fetlar", "meta", title, mod=10**9)
    author = FE_AUTHORS[h % len(FE_AUTHORS)]
    return dict(author=author, kid=f"{h % 10**7:07d}", version=3 + (h // 7) % 40,
                href=f"/k/{slug(author)}/{slug(title)}/{(h // 13) % 10**6:06d}{h % 100:02d}/{(h // 5) % 9 + 1}")


def fetlar(p: Page) -> str:
    rng = p.rng
    site = "fetlar"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    card, m = p.card, fe_meta(p.title)
    gap = "\n<div><br /></div>\n"
    pieces = shown_pieces(p, lambda v: f"<h2>{esc(v)}</h2>", lambda v, k: f"<div>{esc(v)}</div>",
                          lambda v: f"<blockquote><div>{esc(v)}</div></blockquote>", plain_list)
    n_essay = len(pieces)
    if carries(site, "aside", 13, p):
        label = rng.choice(FE_NOTE_LABELS)
        text = pick_note(FE_NOTES, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", (
            f'<div class="knol-aside" style="margin: 8px 24px; padding: 6px; border-left: 3px solid #8cb08c;"><b>{esc(label)}</b> {esc(text)}</div>')))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            caption = f"Map: {card['setting']}"
            piece = (f'<div class="knol-gadget"><iframe width="425" height="300" frameborder="0" scrolling="no" '
                     f'src="http://maps.google.com/maps?q={quote(card["setting"])}&amp;output=embed"></iframe><br /><small>{esc(caption)}</small></div>')
        else:
            caption = f"Picture: an old postcard of {card['setting']}, from the author's collection"
            piece = (f'<div class="knol-image"><img src="http://lh{number(site, "lh", p.title, mod=6, base=3)}.ggpht.com/{digest(site, "img", p.title, n=18)}/s400/postcard.jpg" '
                     f'alt="" width="400" height="260" /><br /><small>{esc(caption)}</small></div>')
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        wall = (f"This knol is being revised. Its remaining sections ({fmt_int(p.rest_words())} words) are hidden "
                "until the author publishes the new version.")
        pieces.append(("wall", f'<div class="knol-revising"><i>{esc(wall)}</i></div>'))
        p.clutter.append(wall)
    if p.cut is None and p.refs:
        pieces.append(("heading", "<h2>Works Cited</h2>"))
        pieces.append(("refs", gap.join(f"<div>{mk}</div>" for _, mk in p.refs)))
    # as Google's editor wrote it: bare divs with an empty div between, but nothing after a heading
    body = ""
    for k, (kind, h) in enumerate(pieces):
        body += h
        if k < len(pieces) - 1:
            body += "\n" if kind == "heading" else gap
    talk = ""
    if carries(site, "talk", 6, p):
        when = date(2004, 9, 1) + timedelta(days=rng.randint(0, 1300))
        note = f"First given as a talk to the {FE_CIRCLE} in {month_year(when)}."
        talk = f'<p class="knol-origin"><i>{esc(note)}</i></p>\n'
        p.clutter.append(note)
    # knol header: byline, version, stars, collection, counts
    edited = date(2008, 9, 1) + timedelta(days=rng.randint(0, 1200))
    ratings = rng.randint(1, 30)
    stars = p.grade
    counts = [f"This knol: {fmt_int(p.words)} words", f"Print preview: {plural(p.pages, 'page')}"]
    byline = f"Version {m['version']}, last edited {edited.strftime('%b %d, %Y')}"
    collection = f"{FE_CIRCLE}: {p.level}"
    p.clutter += counts + [byline, f"{stars} ({plural(ratings, 'rating')})", "Rate this knol", f"Collection: {collection}",
                           f"A knol by {m['author']}"]
    bio = rng.choice(FE_BIOS)
    n_knols = rng.randint(2, 14)
    author_card = (f'<div id="knol-authors" class="author-card"><h3>Author</h3><img src="/k/-/images/author/{digest(site, "face", m["author"], n=10)}.jpg" alt="" width="60" height="60" />'
                   f'<p><a href="/k/{slug(m["author"])}">{esc(m["author"])}</a><br />{esc(cap(bio))}, {esc(FE_CIRCLE)}</p>'
                   f'<p class="author-more"><a href="/k/{slug(m["author"])}/-/knols">Knols by this author: {n_knols}</a></p></div>')
    p.clutter += [f"{cap(bio)}, {FE_CIRCLE}", f"Knols by this author: {n_knols}"]
    before = placed_before(site, "author", p)
    # comments
    comments = ""
    for _ in range(rng.randint(0, 3)):
        who = rng.choice(FE_READERS)
        text = rng.choice(FE_COMMENTS)
        when = edited + timedelta(days=rng.randint(2, 200))
        stamp = f"{who}, {when.strftime('%b %d, %Y')}"
        comments += f'<div class="knol-comment"><p>{esc(text)}</p><p class="comment-by">{esc(stamp)}</p></div>\n'
        p.clutter += [text, stamp]
    n_comments = comments.count('class="knol-comment"')
    if not comments:
        comments = '<p class="no-comments">No comments yet. Be the first to comment on this knol.</p>\n'
        p.clutter.append("No comments yet. Be the first to comment on this knol.")
    p.clutter.append(f"Comments ({n_comments})")
    # three other knols of the collection, each shown with its first-strand opener
    related = ""
    for t in rng.sample(p.others, 3):
        mt = fe_meta(t)
        sen = strand_opening(t)
        related += (f'<li><a href="{mt["href"]}">{esc(t)}</a> <span class="rel-by">by {esc(mt["author"])}</span><br />'
                    f'<span class="rel-point">First main point: \u201c{esc(sen)}\u201d</span></li>')
        p.clutter += [t, f"First main point: \u201c{sen}\u201d", sen]
    week, total = rng.randint(3, 90), rng.randint(400, 26000)
    activity = [f"This week: {plural(week, 'pageview')}", f"Totals: {fmt_int(total)} pageviews"]
    p.clutter += activity
    banner = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div id="knol-notice" class="knol-sitewide"><p>{esc(FE_BANNERS[turn])}</p></div>\n'
        p.clutter.append(FE_BANNERS[turn])
    p.clutter += ["More knols in this collection", "Activity for this knol", "Write a knol", "a unit of knowledge",
                  "Creative Commons Attribution 3.0", "Knol translations", "Terms of Service", "Content Policy",
                  "Search knols"]
    subtitle = f"A talk for the {FE_CIRCLE} on {card['x']}"
    p.clutter.append(subtitle)
    main = ((author_card + "\n") if before else "") + f'<div id="knol-content" class="knol-content">\n{body}\n</div>\n' + ("" if before else author_card + "\n")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<title>{esc(p.title)} - a knol by {esc(m["author"])}</title>
<meta name="description" content="{html.escape(subtitle)}" />
<link rel="canonical" href="http://knol.google.com{m["href"]}" />
<link rel="stylesheet" type="text/css" href="/k/-/css/{digest(site, "css", n=12)}/knol.css" />
<script type="text/javascript" src="/k/-/js/{digest(site, "js", n=12)}/knol_view.js"></script>
</head>
<body class="knol-view">
<div id="gbar"><nobr><b class="gb1">Knol</b> <a href="http://www.google.com/" class="gb1">Web</a> <a href="http://images.google.com/" class="gb1">Images</a> <a href="http://news.google.com/" class="gb1">News</a> <a href="http://mail.google.com/" class="gb1">Gmail</a></nobr></div>
<div id="knol-header"><a href="/k"><img src="/k/-/images/knol_logo.gif" alt="Knol" width="90" height="36" /></a> <span class="knol-tagline">a unit of knowledge</span>
<form action="/k/knol/Search" method="get"><input type="text" name="q" size="30" /> <button type="submit">Search knols</button></form>
<div id="knol-userlinks"><a href="/k/knol/Create">Write a knol</a> | <a href="/k/knol/MyKnols">My knols</a> | <a href="https://www.google.com/accounts/ServiceLogin?service=knol">Sign in</a></div></div>
{banner}<div id="knol-page">
<div id="knol-main">
<div id="knol-title-area"><h1 id="knol-title">{esc(p.title)}</h1>
<div id="knol-subtitle">{esc(subtitle)}</div>
<div id="knol-byline">A knol by <a href="/k/{slug(m["author"])}">{esc(m["author"])}</a> &middot; <span class="knol-version">{esc(byline)}</span></div>
<div id="knol-rating"><img src="/k/-/images/stars_{stars.replace('.', '_')}.gif" alt="" width="80" height="16" /> {stars} ({plural(ratings, 'rating')}) &middot; <a href="#rate">Rate this knol</a></div>
<div id="knol-collection">Collection: <a href="/k/-/collections/{slug(collection)}">{esc(collection)}</a></div>
<div id="knol-stats"><span>{counts[0]}</span> &middot; <span>{counts[1]}</span></div>
<div id="knol-actions"><a href="#share">Share</a> <a href="{m["href"]}?print=1">Print</a> <a href="#comments">Comment</a></div>
</div>
{main}{talk}<div id="knol-comments"><h3>Comments ({n_comments})</h3>
{comments}</div>
<div id="knol-related"><h3>More knols in this collection</h3><ul>{related}</ul></div>
</div>
<div id="knol-sidebar">
<div class="side-box"><h4>Activity for this knol</h4><p>{activity[0]}<br />{activity[1]}</p></div>
<div class="side-box"><h4>Knol translations</h4><p>None yet. <a href="/k/knol/Translate">Translate this knol</a></p></div>
<div class="side-box"><h4>Licence</h4><p><a href="http://creativecommons.org/licenses/by/3.0/">Creative Commons Attribution 3.0</a></p></div>
</div>
</div>
<div id="knol-footer">&copy;2012 Google &middot; <a href="/k">Knol Home</a> &middot; <a href="/k/knol/system/knol/pages/TermsOfService">Terms of Service</a> &middot; <a href="http://www.google.com/privacy.html">Privacy Policy</a> &middot; <a href="/k/knol/system/knol/pages/ContentPolicy">Content Policy</a> &middot; <a href="/k/knol/system/knol/pages/Help">Help</a></div>
</body>
</html>
"""


# ---- 3. whalsay: lenses on Squidoo ------------------------------------------------------------------------------

WH_LENSMASTERS = ["HistoryHound", "northisles_kate", "Voehead", "essaybuff22", "MrsGrieve", "tidewatcher",
                  "peatfire_pete", "StudyWithSam"]
WH_NOTE_LABELS = ["Lensmaster's note:", "Quick tip:", "Homework hint:", "Worth knowing:"]
WH_NOTES = [
    "my teacher gave this paragraph full marks for evidence",
    "if you use this for homework, put it in your own words",
    "I added this part after readers asked for more detail",
    "the numbers in this part come from my class notes",
    "sign the guestbook below if you disagree with this bit",
    "writing this bit took me longest",
    "a reader sent me a correction here, and it is now fixed",
]
WH_BANNERS = [
    "Squidoo will be offline for maintenance tonight from 11 pm Eastern.",
    "The fall lens contest is open: entries close on Friday.",
    "Lensmasters: payouts for last month are running a few days late.",
]
WH_PERMISSION = "I wrote this for a class assignment and published it here with my teacher's OK."
WH_BOOKS = [("Turning Points: Essays for Students", "R. Abernethy", "$12.95"),
            ("Writing History Essays Step by Step", "L. Cumming", "$9.99"),
            ("The Student's Guide to Sources", "P. Nicolson", "$14.50"),
            ("Great Debates in Modern History", "A. Smollett", "$18.00"),
            ("How to Pass Your History Exam", "J. Spence", "$7.99"),
            ("Disasters, Inquiries and Reform", "M. Linklater", "$21.95")]
WH_GUESTS = [
    ("Anna", "Great lens! This helped me with my project."),
    ("bookworm77", "Really interesting, I never knew any of this."),
    ("a teacher", "I will be sharing this with my class. Thank you."),
    ("Jordan", "Blessed by a Squid Angel!"),
    ("GrandpaJoe", "I remember my father talking about this. Well done."),
    ("maddie_r", "Nice work, but some pictures would make it better."),
]


def wh_meta(title: str) -> dict:
    h = number("whalsay", "meta", title, mod=10**9)
    lens = "-".join(w for w in slug(title).split("-") if w not in ("the", "a", "an", "of", "in", "on", "at"))[:40]
    return dict(master=WH_LENSMASTERS[h % len(WH_LENSMASTERS)], lens=lens or "lens", rank=1 + (h // 11) % 9000,
                overall=20000 + (h // 17) % 900000)


def whalsay(p: Page) -> str:
    rng = p.rng
    site = "whalsay"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    card, m = p.card, wh_meta(p.title)
    pieces = shown_pieces(p, esc, lambda v, k: f"<p>{esc(v)}</p>", lambda v: f"<blockquote>{esc(v)}</blockquote>",
                          plain_list)
    n_essay = len(pieces)
    if carries(site, "callout", 13, p):
        label = rng.choice(WH_NOTE_LABELS)
        text = pick_note(WH_NOTES, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<div class="callout"><strong>{esc(label)}</strong> {esc(text)}</div>'))
        p.clutter.append(f"{label} {text}")
    turn = rank_of(site, "extra", 4, p)
    module_ids = iter(rng.sample(range(10**7, 10**8), 30))
    if turn is not None:
        if turn % 2 == 0:
            question = f"Duel: does the usual story of {card['x']} hold up?"
            yes, no = rng.randint(3, 140), rng.randint(3, 140)
            piece = (f'<div class="module duel_module" id="module{next(module_ids)}"><h2 class="module_title">{esc(question)}</h2>'
                     f'<div class="module_content"><table class="duel"><tr><td class="duel_side"><b>Yes, the usual story holds</b><br />{yes} votes</td> '
                     f'<td class="duel_side"><b>No, it needs rewriting</b><br />{no} votes</td></tr></table></div></div>')
            p.clutter += [question, "Yes, the usual story holds", "No, it needs rewriting"]
        else:
            caption = f"Video: a documentary clip about {card['x']}"
            vid = digest(site, "video", p.title, n=11)
            piece = (f'<div class="module video_module" id="module{next(module_ids)}"><h2 class="module_title">{esc(caption)}</h2>'
                     f'<div class="module_content"><iframe width="450" height="300" src="http://www.youtube.com/embed/{vid}" frameborder="0"></iframe></div></div>')
            p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        wall = (f"This lens is still under construction. About {fmt_int(p.rest_words())} more words are "
                "coming soon, so check back!")
        pieces.append(("wall", f'<p class="construction"><img src="http://static.squidoo.com/resources/images/construction.gif" alt="" /> {esc(wall)}</p>'))
        p.clutter.append(wall)
    if p.cut is None and p.refs:
        pieces.append(("heading", "Works Cited"))
        pieces.append(("refs", "\n".join(f'<p class="ref">{mk}</p>' for _, mk in p.refs)))
    # module layout: intro = first paragraph; a heading starts a new text module; a duel or video module splits
    # whichever text module it lands in
    modules: list[str] = []
    title_html: str | None = None
    run: list[str] = []

    def close(kind: str = "text_module") -> None:
        nonlocal title_html
        if run or title_html:
            head = f'<h2 class="module_title">{title_html}</h2>' if title_html else ""
            modules.append(f'<div class="module {kind}" id="module{next(module_ids)}">{head}<div class="module_content">\n'
                           + "\n".join(run) + "\n</div></div>")
        run.clear()
        title_html = None

    for k, (kind, h) in enumerate(pieces):
        if kind == "heading":
            close()
            title_html = h
        elif kind == "grid":
            close()
            modules.append(h)
        else:
            run.append(h)
            if k == 0:
                run.insert(0, f'<img class="intro_image" src="http://static.squidoo.com/resources/images/lens_intro/{digest(site, "intro", p.title, n=14)}.jpg" alt="" width="250" height="250" align="right" />')
                close("intro_module")
    close()
    # Amazon module: placed above or below the text modules
    books = rng.sample(WH_BOOKS, 2)
    amazon = (f'<div class="module amazon_module" id="module{next(module_ids)}"><h2 class="module_title">Further reading on Amazon</h2><div class="module_content"><ul class="amazon_list">'
              + "".join(f'<li><img src="http://ecx.images-amazon.com/images/I/{digest(site, b, n=11)}._SL110_.jpg" alt="" /> <b>{esc(b)}</b><br />by {esc(a)}<br />Price: {pr} <a class="buy" href="http://www.amazon.com/dp/{digest(site, b, "asin", n=10).upper()}?tag=squidoo-20">See it on Amazon</a></li>'
                        for b, a, pr in books) + "</ul></div></div>")
    p.clutter += ["Further reading on Amazon", "See it on Amazon"] + [b for b, _, _ in books] + [f"Price: {pr}" for _, _, pr in books]
    if placed_before(site, "amazon", p):
        modules.insert(0, amazon)
    else:
        modules.append(amazon)
    if carries(site, "permission", 6, p):
        modules.append(f'<div class="module text_module" id="module{next(module_ids)}"><div class="module_content"><p><i>{esc(WH_PERMISSION)}</i></p></div></div>')
        p.clutter.append(WH_PERMISSION)
    # guestbook
    entries = ""
    published = date(2008, 5, 1) + timedelta(days=rng.randint(0, 1500))
    for who, text in rng.sample(WH_GUESTS, rng.randint(0, 3)):
        when = published + timedelta(days=rng.randint(3, 400))
        stamp = f"{who} {when.strftime('%b %d, %Y')}"
        entries += f'<li class="gb_entry"><span class="gb_who">{esc(who)}</span> <span class="gb_date">{when.strftime("%b %d, %Y")}</span><p>{esc(text)}</p></li>'
        p.clutter += [text, stamp]
    guestbook = (f'<div class="module guestbook_module" id="module{next(module_ids)}"><h2 class="module_title">Guestbook</h2><div class="module_content">'
                 f'<form action="/lensmaster/guestbook_post" method="post"><textarea name="message" rows="3" cols="50"></textarea><br /><button type="submit">Leave a message</button></form>'
                 f'<ul class="gb_entries">{entries}</ul></div></div>')
    modules.append(guestbook)
    p.clutter += ["Guestbook", "Leave a message"]
    # lens header, counts included
    likes = rng.randint(0, 60)
    rank_line = f"Ranked #{fmt_int(m['rank'])} in {p.level}, #{fmt_int(m['overall'])} overall"
    counts = [f"Lens length: {fmt_int(p.words)} words", f"Prints out on {plural(p.pages, 'page')}"]
    subtitle = f"My homework essay about {card['x']} ({card['period']})"
    p.clutter += [rank_line, f"by {m['master']}", p.grade, f"Like ({likes})", "Pin it"] + counts + [subtitle]
    # sidebar: lensmaster box, then related lenses, each with its first fact
    related = ""
    for t in rng.sample(p.others, 3):
        mt = wh_meta(t)
        fact = first_fact(t)
        related += (f'<li><a href="/{mt["lens"]}">{esc(t)}</a> <span class="rl_by">by {esc(mt["master"])}</span><br />'
                    f'<span class="rl_fact">Fast fact: \u201c{esc(fact)}\u201d</span></li>')
        p.clutter += [t, f"Fast fact: \u201c{fact}\u201d", fact]
    lenses = rng.randint(3, 40)
    about = f"{m['master']} has made {lenses} lenses on history, books and study skills."
    p.clutter += [about, "About the lensmaster", "Related lenses", "Explore Squidoo", "Create a lens", "Join Squidoo"]
    banner = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        banner = f'<div id="sitewide_notice"><p>{esc(WH_BANNERS[turn])}</p></div>\n'
        p.clutter.append(WH_BANNERS[turn])
    foot = ("\u00a9 2012 Squidoo, LLC and respective copyright owners. This page and all the pages on Squidoo were "
            "made by a lensmaster, and Squidoo is not responsible for what lensmasters write.")
    p.clutter.append(foot)
    body = "\n".join(modules)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:fb="http://www.facebook.com/2008/fbml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(p.title)}</title>
<meta name="description" content="{html.escape(subtitle)}" />
<link rel="canonical" href="http://www.squidoo.com/{m["lens"]}" />
<link rel="stylesheet" type="text/css" href="http://static.squidoo.com/resources/css/lens.css?v={number(site, "css", mod=900, base=100)}" />
<script type="text/javascript" src="http://static.squidoo.com/resources/js/lens.js"></script>
</head>
<body class="lens_body lenspage">
<div id="header"><div id="logo"><a href="http://www.squidoo.com/"><img src="http://static.squidoo.com/resources/images/squidoo_logo.png" alt="Squidoo" width="150" height="40" /></a></div>
<ul id="topnav"><li><a href="/browse">Explore Squidoo</a></li><li><a href="/lensmaster/new">Create a lens</a></li><li><a href="/lensmaster/login">Sign in</a></li><li><a href="/lensmaster/join">Join Squidoo</a></li></ul>
<form id="search" action="/search" method="get"><input type="text" name="q" /> <input type="submit" value="Search" /></form></div>
{banner}<div id="container">
<div id="breadcrumbs"><a href="/">Squidoo</a> &raquo; <a href="/browse/{slug(p.level)}">{esc(p.level)}</a> &raquo; <a href="/browse/{slug(p.level)}/{slug(p.category)}">{esc(p.category)}</a></div>
<div id="main_column">
<div id="lens_header"><h1 id="lens_title">{esc(p.title)}</h1>
<div id="lens_subtitle">{esc(subtitle)}</div>
<div id="lens_meta"><span class="lensrank">{esc(rank_line)}</span> | by <a href="/lensmasters/{m["master"]}">{esc(m["master"])}</a> <span class="award">{esc(p.grade)}</span></div>
<div id="lens_count"><span>{counts[0]}</span> &middot; <span>{counts[1]}</span></div>
<div id="lens_social"><a class="like" href="#like">Like ({likes})</a> <a href="http://twitter.com/share">Tweet</a> <a href="http://pinterest.com/pin/create/button/">Pin it</a></div>
</div>
<div id="lens_body">
{body}
</div>
</div>
<div id="sidebar">
<div class="sidebox" id="lensmaster_box"><h3>About the lensmaster</h3><img src="http://static.squidoo.com/resources/images/avatars/{digest(site, m["master"], n=10)}.jpg" alt="" width="50" height="50" /><p>{esc(about)}</p></div>
<div class="sidebox" id="related_lenses"><h3>Related lenses</h3><ul>{related}</ul></div>
</div>
</div>
<div id="footer"><p>{esc(foot)}</p><p><a href="/pages/about">About</a> | <a href="/pages/privacy">Privacy</a> | <a href="/pages/terms">Terms</a> | <a href="/pages/help">Help</a></p></div>
</body>
</html>
"""


# ---- 4. stroma: a Lotus Domino web database of a schools' network -----------------------------------------------

ST_NETWORK = "Kirkhope Education Network"
ST_DB = "Shared Essays"
ST_PATH = "/ken/shessays.nsf"
ST_SCHOOLS = ["Kirkhope High School", "Sandwick Academy", "Vidlin Community School", "Scalloway Junior High",
              "Voe Secondary School", "Westerwick High School"]
ST_NOTE_LABELS = ["Reviewer:", "Checked by network office:", "Teacher's flag:", "Note for readers:"]
ST_NOTES = [
    "this paragraph was reformatted when the essay was copied into the database",
    "the pupil's footnote at this point has been left out",
    "nobody at the network office has verified the numbers given here",
    "a diagram here in the original could not be reproduced",
    "the spelling of one name here follows the pupil's original",
    "part of this paragraph was moved from the margin of the original",
    "the marker's comment at this point is kept on file",
]
ST_BANNERS = [
    "Saturday: the server moves to Domino 7, so this database will be off-line most of the day.",
    "Replication with the school servers now runs every night at 2 am; new essays may take a day to appear.",
    "Essays for the spring exchange must reach the network office by 20 March.",
]
FONT = '<font size="2" face="Verdana">'


def st_meta(title: str) -> dict:
    h = number("stroma", "meta", title, mod=10**9)
    unid = digest("stroma", "unid", title, n=32).upper()
    return dict(unid=unid, year=2001 + h % 7, school=ST_SCHOOLS[(h // 7) % len(ST_SCHOOLS)],
                href=f"{ST_PATH}/0/{unid}?OpenDocument")


def stroma(p: Page) -> str:
    rng = p.rng
    site = "stroma"
    p.claimed_words, p.claimed_pages = p.words, p.pages
    card, m = p.card, st_meta(p.title)
    # Domino rich text: text runs and <br>s only; an indent is a bare <ul>
    pieces = shown_pieces(p, lambda v: f'<b><font size="3" face="Verdana" color="#003366">{esc(v)}</font></b><br>',
                          lambda v, k: f"{esc(v)}<br>\n<br>",
                          lambda v: f"<ul><i>{esc(v)}</i></ul>",
                          lambda o, items: plain_list(o, items) + "\n<br>")
    n_essay = len(pieces)
    if carries(site, "reviewer", 13, p):
        label = rng.choice(ST_NOTE_LABELS)
        text = pick_note(ST_NOTES, p)
        slot_in(pieces, spot(n_essay, rng, 2, 6), ("note", f'<font color="#FF0000">[{esc(label)} {esc(text)}]</font><br>\n<br>'))
        p.clutter.append(f"[{label} {text}]")
    turn = rank_of(site, "extra", 4, p)
    if turn is not None:
        if turn % 2 == 0:
            fname = f"{slug(p.title)[:24]}.doc"
            caption = f"Original file: {fname} ({rng.randint(24, 96)} KB)"
            piece = (f'<a href="{ST_PATH}/0/{m["unid"]}/$FILE/{fname}"><img src="/icons/vwicn005.gif" border="0" alt=""></a> '
                     f'<font size="1">{esc(caption)}</font><br>\n<br>')
        else:
            caption = f"Sketch map: {card['setting']} (drawn by the pupil)"
            piece = (f'<img src="{ST_PATH}/0/{m["unid"]}/Body/0.{number(site, "img", p.title, mod=9000, base=1000)}?OpenElement&amp;FieldElemFormat=gif" width="360" height="240" alt=""><br>\n'
                     f'<font size="1">{esc(caption)}</font><br>\n<br>')
        p.clutter.append(caption)
        slot_in(pieces, rng.randint(3, max(3, len(pieces) - 1)), ("grid", piece))
    if p.cut is not None:
        wall = (f"You are reading this document as a guest. The remaining {fmt_int(p.rest_words())} words are open "
                "only to registered readers; log in with your Notes name to read on.")
        pieces.append(("wall", f'<font color="#990000"><b>{esc(wall)}</b></font> <a href="{ST_PATH}?Login">Log in</a><br>'))
        p.clutter.append(wall)
    if p.cut is None and p.refs:
        pieces.append(("heading", '<b><font size="3" face="Verdana" color="#003366">Works Cited</font></b><br>'))
        pieces.append(("refs", "\n".join(f"{mk}<br>" for _, mk in p.refs)))
    rich = "\n".join(h for _, h in pieces)
    # document fields
    pupil = f"{rng.choice('ABCDEFGHJKLMNPRST')}. {rng.choice('ABCDEFGHJKLMNPRSTW')}."
    fields = [("Subject:", p.category), ("Level:", p.level), ("School:", m["school"]), ("Submitted by:", pupil),
              ("Year:", str(m["year"])), ("Result:", p.grade), ("Length stated by author:", f"{fmt_int(p.words)} words"),
              ("Pages submitted:", str(p.pages))]
    field_rows = "\n".join(f'<tr valign="top"><td width="28%"><b>{FONT}{esc(k)}</font></b></td> <td>{FONT}{esc(v)}</font></td></tr>'
                           for k, v in fields)
    p.clutter += [f"{k} {v}" for k, v in fields if k not in ("Year:", "Result:")]
    created = datetime(m["year"], 9, 1, 8, 0) + timedelta(days=rng.randint(0, 300), minutes=rng.randint(0, 600))
    modified = created + timedelta(days=rng.randint(1, 400), minutes=rng.randint(0, 600))
    editor = rng.choice(["Network Office/KEN", "Web Admin/KEN", "J Tulloch/Kirkhope/KEN", "S Manson/Sandwick/KEN"])
    props = [("Created:", created.strftime("%d/%m/%Y %H:%M:%S")), ("Last modified:", modified.strftime("%d/%m/%Y %H:%M:%S")),
             ("Modified by:", editor), ("Revisions:", str(rng.randint(1, 9))), ("Document ID:", m["unid"])]
    properties = ('<table border="1" cellspacing="0" cellpadding="3" bordercolor="#C0C0C0" class="docprops"><tr><td colspan="2" bgcolor="#E8EEF4">'
                  f'<b>{FONT}Document properties</font></b></td></tr>\n'
                  + "\n".join(f'<tr><td>{FONT}{k}</font></td> <td>{FONT}{esc(v)}</font></td></tr>' for k, v in props) + "</table>")
    p.clutter += ["Document properties"] + [f"{k} {v}" for k, v in props]
    before = placed_before(site, "properties", p)
    release = ""
    if carries(site, "release", 6, p):
        when = date(m["year"], 6, 1) + timedelta(days=rng.randint(0, 200))
        note = f"Released to the network by {m['school']}, {month_year(when)}."
        release = f'<br>\n<font size="1" face="Verdana"><i>{esc(note)}</i></font><br>'
        p.clutter.append(note)
    # embedded category view: three other essays, each with its objection sentence
    rows = ""
    for t in rng.sample(p.others, 3):
        mt = st_meta(t)
        sen = objection_of(t)
        rows += (f'<tr valign="top"><td><img src="/icons/ecblank.gif" border="0" height="16" width="1" alt=""><a href="{mt["href"]}">{FONT}{esc(t)}</font></a></td> '
                 f'<td>{FONT}{mt["year"]}</font></td> <td>{FONT}Weighs the claim: \u201c{esc(sen)}\u201d</font></td></tr>\n')
        p.clutter += [t, f"Weighs the claim: \u201c{sen}\u201d", sen]
    view = (f'<table border="0" cellpadding="2" cellspacing="0" width="100%" class="embeddedview"><tr><th align="left">{FONT}More essays in the database</font></th> '
            f'<th align="left">{FONT}Year</font></th> <th align="left">{FONT}Argument</font></th></tr>\n{rows}</table>')
    p.clutter.append("More essays in the database")
    banner = ""
    turn = rank_of(site, "banner", 3, p)
    if turn is not None:
        banner = f'<table width="100%" bgcolor="#FFF3C0" border="0" cellpadding="4"><tr><td>{FONT}<b>{esc(ST_BANNERS[turn])}</b></font></td></tr></table>\n'
        p.clutter.append(ST_BANNERS[turn])
    outline = [("By Subject", "BySubject"), ("By Year", "ByYear"), ("By School", "BySchool"),
               ("Latest Additions", "Latest"), ("Search this database", "SearchForm"), ("Help", "Help")]
    outline_html = "".join(f'<tr><td><img src="/icons/folder.gif" border="0" alt=""> <a href="{ST_PATH}/{v}?OpenView">{FONT}{esc(k)}</font></a></td></tr>' for k, v in outline)
    actions = [("Back to view", f"{ST_PATH}/BySubject?OpenView"), ("Previous document", f"{ST_PATH}/0/{m['unid']}?Navigate&amp;To=Prev"),
               ("Next document", f"{ST_PATH}/0/{m['unid']}?Navigate&amp;To=Next"), ("Print", "javascript:window.print()")]
    actions_html = "".join(f'<td><a href="{h}">{FONT}{k}</font></a></td>' for k, h in actions)
    foot = f"{ST_NETWORK} \u00b7 {ST_DB} \u00b7 Queries to the network office, Kirkhope"
    p.clutter += [foot, f"{ST_NETWORK} {ST_DB}", "Back to view", "Previous document", "Next document", "By Subject",
                  "By School", "Latest Additions", "Search this database", "Lotus Domino"]
    props_top = f"{properties}\n<br>\n" if before else ""
    props_end = "" if before else f"\n<br>\n{properties}"
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(p.title)}</title>
<link rel="stylesheet" type="text/css" href="{ST_PATH}/ken.css?OpenFileResource">
<script language="JavaScript" type="text/javascript">
<!--
document._domino_target = "_self";
function _doClick(v, o, t) {{
  var url = "{ST_PATH}/0/{m["unid"]}?OpenDocument&Click=" + v;
  if (o.href != null) o.href = url; else {{ if (t == null) t = document._domino_target; window.open(url, t); }}
  return false;
}}
// -->
</script>
</head>
<body text="#000000" bgcolor="#FFFFFF" link="#003399" vlink="#663399">
<form method="post" action="{ST_PATH}/0/{m["unid"]}?EditDocument&amp;Seq=1" name="_DominoForm">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr valign="top"><td width="190" bgcolor="#E8EEF4">
<img src="{ST_PATH}/kenlogo.gif?OpenImageResource" width="170" height="60" alt=""><br>
<b>{FONT}{esc(ST_NETWORK)}</font></b><br>
<font size="1" face="Verdana">{esc(ST_DB)}</font><br><br>
<table border="0" cellpadding="2" cellspacing="0">{outline_html}</table>
</td><td width="12"><img src="/icons/ecblank.gif" border="0" height="1" width="12" alt=""></td><td>
{banner}<table border="0" cellpadding="3" cellspacing="0" class="actionbar"><tr>{actions_html}</tr></table>
<hr size="1" noshade>
<b><font size="5" face="Georgia" color="#003366">{esc(p.title)}</font></b><br>
<br>
<table border="0" cellpadding="2" cellspacing="0" width="100%">
{field_rows}
</table>
<hr size="1" noshade>
{props_top}{FONT}
{rich}
</font>{release}{props_end}
<hr size="1" noshade>
{view}
<hr size="1" noshade>
<font size="1" face="Verdana">{esc(foot)} &middot; Lotus Domino</font>
</td></tr></table>
</form>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------------------- main

SITES = {  # site -> (writer, pages cut short, pages with works cited, no duplicate pair)
    "foula": (foula, 3, 4, None),        # Wikispaces: page name and essay title both h1s, marking table moves
    "fetlar": (fetlar, 3, 3, None),      # Google Knol: paragraphs as bare divs, the author card moves
    "whalsay": (whalsay, 3, 4, None),    # Squidoo: the essay cut into modules titled by its headings
    "stroma": (stroma, 2, 4, None),      # Lotus Domino: rich text as font tags and line breaks, no paragraphs
}


def units_of(essay: dict) -> set[str]:
    """Every non-heading block longer than five words, and every such list item, normalised."""
    units = {norm(block_text(b)) for b in essay["blocks"] if b[0] != "heading" and len(block_text(b).split()) > 5}
    return units | {norm(i) for k, v in essay["blocks"] if k == "list" for i in v[1] if len(i.split()) > 5}


def choose_essays(cards: list[dict], seed: int, need: int) -> list[dict]:
    """Walks the shuffled cards and keeps `need` essays. Skips a card if any of its units turns up inside
    an essay kept earlier, or any unit of a kept essay turns up inside it."""
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
    ap.add_argument("--seed", type=int, default=2021)
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
