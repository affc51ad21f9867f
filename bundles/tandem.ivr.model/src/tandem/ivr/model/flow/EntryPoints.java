package tandem.ivr.model.flow;

import java.util.Optional;

import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrScript;

/** Which entry point a call reaches, by the number dialled and the campaign code the caller quotes. */
public final class EntryPoints {

    private EntryPoints() {
    }

    /**
     * The campaign code that selects the entry point: its own, or else its campaign's; {@code null} when it has
     * neither.
     */
    public static String campaignCodeOf(EntryPoint entry) {
        String code = entry.getCampaignCode();
        if ((code == null || code.isBlank()) && entry.getCampaign() != null && !entry.getCampaign().eIsProxy()) {
            code = entry.getCampaign().getCampaignCode();
        }
        return code == null || code.isBlank() ? null : code.trim();
    }

    /**
     * The entry point for a call: among those whose number matches (an entry point without number takes any),
     * the one with the given campaign code, or without a code the one that has none.
     *
     * @param number       the number dialled; {@code null} or blank matches every entry point
     * @param campaignCode the code the caller quotes, or {@code null}
     */
    public static Optional<EntryPoint> find(IvrScript script, String number, String campaignCode) {
        String code = campaignCode == null || campaignCode.isBlank() ? null : campaignCode.trim();
        EntryPoint plain = null;
        for (EntryPoint entry : script.getEntryPoints()) {
            if (!numberMatches(entry.getNumber(), number)) {
                continue;
            }
            String entryCode = campaignCodeOf(entry);
            if (code != null && code.equalsIgnoreCase(entryCode)) {
                return Optional.of(entry);
            }
            if (entryCode == null && plain == null) {
                plain = entry;
            }
        }
        return Optional.ofNullable(plain);
    }

    private static boolean numberMatches(String entryNumber, String dialled) {
        if (entryNumber == null || entryNumber.isBlank() || dialled == null || dialled.isBlank()) {
            return true;
        }
        return digits(entryNumber).equals(digits(dialled));
    }

    private static String digits(String number) {
        return number.replaceAll("[^0-9A-Za-z+]", "");
    }
}
