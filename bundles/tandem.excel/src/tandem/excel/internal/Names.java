package tandem.excel.internal;

/** Turns model names into the words planners see in workbooks, and compares what they type loosely. */
public final class Names {

    private Names() {
    }

    /** {@code startDate} becomes {@code start_date}: stable, spreadsheet-friendly column names. */
    public static String column(String featureName) {
        return words(featureName).replace(' ', '_');
    }

    /** {@code channelShares} becomes {@code Channel shares}. */
    public static String title(String name) {
        String words = words(name);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** {@code CampaignCalendar} becomes {@code campaign calendar}; {@code emailBlast} becomes {@code email blast}. */
    public static String words(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean wordStart = i > 0 && (Character.isLowerCase(name.charAt(i - 1))
                        || i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))
                                && Character.isUpperCase(name.charAt(i - 1)));
                if (wordStart && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
            } else if (c == '_' || c == '-') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString().trim();
    }

    /** What two spellings of a name have in common when case, spaces, hyphens and underscores are ignored. */
    public static String loose(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
