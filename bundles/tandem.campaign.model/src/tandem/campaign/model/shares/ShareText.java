package tandem.campaign.model.shares;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.ChannelShare;
import tandem.core.model.Channel;

/**
 * Share profiles as planners write them: daily shares like {@code 50/30/20} or {@code 0.5, 0.3, 0.2}, channel splits
 * like {@code phone 70% / chat 30%}. Values are shares (0.5 = 50%); text with a {@code %} sign, or with a value
 * above 1, is read as percentages.
 */
public final class ShareText {

    private ShareText() {
    }

    /** A share as a percentage for people, e.g. {@code 50%}, {@code 33.3%}. */
    public static String percent(double share) {
        BigDecimal percent = BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return percent.toPlainString() + "%";
    }

    /** Daily shares as {@code 50/30/20} (percentages); empty for none. */
    public static String formatDaily(Collection<Double> shares) {
        List<String> parts = new ArrayList<>();
        for (Double share : shares) {
            parts.add(number(share == null ? 0 : share * 100));
        }
        return String.join("/", parts);
    }

    /**
     * Reads daily shares from {@code 50/30/20}, {@code 50%, 30%, 20%} or {@code 0.5 0.3 0.2}; empty text is no
     * profile (all contacts on the drop day).
     *
     * @throws IllegalArgumentException with a planner-readable message when a part is not a number or is negative
     */
    public static List<Double> parseDaily(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        String[] parts = trimmed.split("\\s*[/,;\\s]\\s*");
        double[] values = new double[parts.length];
        boolean percentages = trimmed.contains("%");
        for (int i = 0; i < parts.length; i++) {
            values[i] = number(parts[i]);
            percentages |= values[i] > 1;
        }
        List<Double> shares = new ArrayList<>();
        for (double value : values) {
            shares.add(percentages ? value / 100 : value);
        }
        return shares;
    }

    /** A channel split as {@code phone 70% / chat 30%}; empty for none (all by phone). */
    public static String formatChannels(Collection<? extends ChannelShare> shares) {
        List<String> parts = new ArrayList<>();
        for (ChannelShare share : shares) {
            parts.add((share.getChannel() == null ? Channel.PHONE : share.getChannel()).getLiteral() + " "
                    + number(share.getShare() * 100) + "%");
        }
        return String.join(" / ", parts);
    }

    /**
     * Reads a channel split from {@code phone 70% / chat 30%}, {@code phone 0.7, chat 0.3} or {@code chat} (one
     * channel, all contacts); empty text is no split (all by phone). Returns new, unattached channel shares.
     *
     * @throws IllegalArgumentException with a planner-readable message naming an unknown channel or a bad number
     */
    public static List<ChannelShare> parseChannels(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        String[] parts = trimmed.split("\\s*[/,;]\\s*");
        List<ChannelShare> shares = new ArrayList<>();
        boolean percentages = trimmed.contains("%");
        for (String part : parts) {
            String[] words = part.trim().split("\\s+|(?<=[a-zA-Z])(?=[0-9.])");
            Channel channel = Channel.get(words[0].toLowerCase(Locale.ROOT));
            if (channel == null) {
                throw new IllegalArgumentException("'" + words[0] + "' is not a channel (use " + channelNames() + ")");
            }
            if (words.length > 2) {
                throw new IllegalArgumentException(
                        "'" + part.trim() + "' is not a channel and a share, like 'chat 30%'");
            }
            double value = words.length == 1 ? Double.NaN : number(words[1]);
            percentages |= value > 1;
            ChannelShare share = CampaignFactory.eINSTANCE.createChannelShare();
            share.setChannel(channel);
            share.setShare(value);
            shares.add(share);
        }
        for (ChannelShare share : shares) {
            if (Double.isNaN(share.getShare())) {
                if (shares.size() > 1) {
                    throw new IllegalArgumentException("give the share of " + share.getChannel().getLiteral()
                            + ", like '" + share.getChannel().getLiteral() + " 30%'");
                }
                share.setShare(1);
            } else if (percentages) {
                share.setShare(share.getShare() / 100);
            }
        }
        return shares;
    }

    private static String channelNames() {
        List<String> names = new ArrayList<>();
        for (Channel channel : Channel.VALUES) {
            names.add(channel.getLiteral());
        }
        return String.join(", ", names);
    }

    private static double number(String part) {
        String digits = part.replace("%", "").trim();
        try {
            double value = Double.parseDouble(digits);
            if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("'" + part + "' is not a share: shares cannot be negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + part + "' is not a number");
        }
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
