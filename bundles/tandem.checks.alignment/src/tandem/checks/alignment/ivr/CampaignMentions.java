package tandem.checks.alignment.ivr;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.Campaigns;

/**
 * What identifies a campaign to a caller, and whether a prompt's text mentions it. A prompt mentions the campaign
 * when it says:
 * <ul>
 * <li>its name, as a phrase, also run together or split differently ("#SpringUpgrade", "ear buds giveaway"), or, for
 * a name of two or more distinctive words, all of them in any order (a name that is a single generic word
 * identifies nothing);</li>
 * <li>its code, written ("SPRING27", "Spring-27"), spelled ("S P R I N G 2 7") or with its digits spoken ("spring
 * two seven", "spring twenty-seven");</li>
 * <li>or a distinctive word of the offer's description.</li>
 * </ul>
 * Words are compared ignoring case, accents, punctuation and plural endings. Distinctive words have at least four
 * letters (or mix letters and digits) and are neither stop words nor the vocabulary every contact center and every
 * offer uses ("call", "plan", "offer", "customer", "account", "service", "agent", "option", "press", "your",
 * "with", "free", "price", ...): those would let any prompt mention any campaign.
 */
final class CampaignMentions {

    private static final int MIN_LETTERS = 4;

    /** Stop words and generic contact-center and offer vocabulary, compared after {@link #stem}. */
    private static final Set<String> GENERIC = stems("""
            a about above after again against all also am an and any are as at be because been before being below
            between both but by can could did do does doing down during each either every few for from further get
            gets getting got had has have having he her here hers him his how i if in into is it its just let lets
            like may me might more most much must my no nor not now of off on once one only or other our ours out over
            own per same she should so some such than that the their theirs them then there these they this those
            through to too under until up upon us very via was we were what when where which while who whom why will
            with within without would yes yet you your yours
            zero two three four five six seven eight nine ten
            call calls called caller calling contact contacts customer client account accounts service services
            agent agents representative advisor option options press key dial phone phones telephone number numbers
            line lines help helping support team thank thanks welcome please hold wait waiting menu minute minutes
            moment connect connecting connected transfer speak talk today tomorrow tonight hour hours day days week
            weeks month months year years time times plan plans offer offers offering deal deals sale sales promo
            promos promotion promotions campaign campaigns special specials free price prices pricing discount
            discounts percent half save saving savings extra bonus best great exclusive limited stock stocks
            available availability order orders ordering bill bills billing payment payments pay store shop online
            website web site app text texts message messages email emails chat chats information info detail details
            question questions product products item items new now just more still again also here there
            company business request requests select choose main general other else back return returns
            """);

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9));
    private static final Map<String, Integer> TEENS = Map.ofEntries(Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    private final String name;
    private final List<String> namePhrase;
    private final Set<String> nameWords;
    private final String code;
    /** The name's words run together, not stemmed ("earbudsgiveaway"). */
    private final String nameKey;
    private final String codeKey;
    private final String plainCodeKey;
    /** The offer's distinctive words: stem to the word as the offer writes it. */
    private final Map<String, String> offerWords;

    CampaignMentions(Campaign campaign) {
        this.name = campaign.getName() == null || campaign.getName().isBlank() ? null : campaign.getName().trim();
        List<String> phrase = name == null ? List.of() : words(name);
        this.nameWords = distinct(phrase);
        // a name of one generic word ("Sale", "Offers") would be found in any prompt: it identifies nothing
        this.namePhrase = nameWords.isEmpty() && phrase.size() < 2 ? List.of() : phrase;
        this.nameKey = name == null ? "" : String.join("", plainWords(name));
        this.code = Campaigns.code(campaign);
        this.codeKey = code == null ? "" : String.join("", words(code));
        this.plainCodeKey = code == null ? "" : String.join("", plainWords(code));
        String offer = campaign.getOffer() == null ? null : campaign.getOffer().getDescription();
        this.offerWords = new LinkedHashMap<>();
        if (offer != null) {
            for (String word : plainWords(offer)) {
                String stem = stem(word);
                if (isDistinctive(stem)) {
                    offerWords.putIfAbsent(stem, word);
                }
            }
        }
    }

    /** Whether the text (one prompt, message or input) mentions the campaign. */
    boolean mentionedIn(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        List<String> plain = plainWords(text);
        List<String> heard = plain.stream().map(CampaignMentions::stem).toList();
        if (!namePhrase.isEmpty() && (containsPhrase(heard, namePhrase) || says(heard, String.join("", namePhrase))
                || says(plain, nameKey) || nameWords.size() >= 2 && heard.containsAll(nameWords))) {
            return true;
        }
        if (!codeKey.isEmpty() && (says(spokenNumbers(heard), codeKey) || says(spokenNumbers(plain), plainCodeKey))) {
            return true;
        }
        return heard.stream().anyMatch(offerWords::containsKey);
    }

    /**
     * What was looked for, for the finding: {@code its name "Spring promo", its code SPRING27 (written, spelled or
     * spoken) or a word of its offer ("headset")}.
     */
    String lookedFor() {
        List<String> parts = new ArrayList<>();
        if (!namePhrase.isEmpty()) {
            parts.add("its name \"" + name + "\"");
        }
        if (code != null) {
            parts.add("its code " + code + " (written, spelled or spoken)");
        }
        if (!offerWords.isEmpty()) {
            parts.add("a word of its offer (" + offerWords.values().stream().map(w -> "\"" + w + "\"")
                    .collect(Collectors.joining(", ")) + ")");
        }
        if (parts.isEmpty()) {
            return "nothing that identifies it (no distinctive name, no code, no distinctive word in its offer)";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }

    /**
     * Whether consecutive words, run together, are the key: "S P R I N G 2 7" and "spring 27" say "spring27", "ear
     * buds giveaway" and "#EarbudsGiveaway" say "earbudgiveaway". Words are never cut, so "wholesale" does not say
     * "sale".
     */
    private static boolean says(List<String> heard, String key) {
        for (int start = 0; start < heard.size(); start++) {
            StringBuilder said = new StringBuilder();
            for (int end = start; end < heard.size(); end++) {
                said.append(heard.get(end));
                if (!key.startsWith(said.toString())) {
                    break;
                }
                if (said.length() == key.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containsPhrase(List<String> heard, List<String> phrase) {
        for (int start = 0; start + phrase.size() <= heard.size(); start++) {
            if (heard.subList(start, start + phrase.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words with numbers spoken as words turned into digits: "two seven" into "2", "7"; "twenty seven" (or
     * "twenty-seven") into "27"; "nineteen" into "19"; "oh" stays a word.
     */
    static List<String> spokenNumbers(List<String> words) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (TENS.containsKey(word)) {
                int value = TENS.get(word);
                if (i + 1 < words.size() && UNITS.containsKey(words.get(i + 1)) && UNITS.get(words.get(i + 1)) > 0) {
                    value += UNITS.get(words.get(++i));
                }
                result.add(Integer.toString(value));
            } else if (TEENS.containsKey(word)) {
                result.add(Integer.toString(TEENS.get(word)));
            } else if (UNITS.containsKey(word)) {
                result.add(Integer.toString(UNITS.get(word)));
            } else {
                result.add(word);
            }
        }
        return result;
    }

    /** The words of a text, stemmed: see {@link #plainWords} and {@link #stem}. */
    static List<String> words(String text) {
        return plainWords(text).stream().map(CampaignMentions::stem).toList();
    }

    /** The words of a text: lower case, without accents or apostrophes, split at anything else. */
    static List<String> plainWords(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "");
        List<String> words = new ArrayList<>();
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** A word without its plural ending: "headsets" and "headset", "batteries" and "battery", "boxes" and "box". */
    static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && (word.endsWith("ses") || word.endsWith("xes") || word.endsWith("zes")
                || word.endsWith("ches") || word.endsWith("shes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** The distinctive words among the (stemmed) words, in order. */
    private static Set<String> distinct(List<String> words) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String word : words) {
            if (isDistinctive(word)) {
                distinct.add(word);
            }
        }
        return distinct;
    }

    /** Not generic, and four letters or more, or letters and digits ("5g", "x200"); plain numbers are not. */
    private static boolean isDistinctive(String stem) {
        boolean digits = stem.chars().anyMatch(Character::isDigit);
        boolean letters = stem.chars().anyMatch(Character::isLetter);
        boolean longEnough = digits ? letters && stem.length() >= 2 : stem.length() >= MIN_LETTERS;
        return longEnough && !GENERIC.contains(stem);
    }

    private static Set<String> stems(String words) {
        return Arrays.stream(words.trim().split("\\s+")).map(CampaignMentions::stem)
                .collect(Collectors.toUnmodifiableSet());
    }
}
