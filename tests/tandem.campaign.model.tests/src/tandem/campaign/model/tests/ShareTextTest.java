package tandem.campaign.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import tandem.campaign.model.ChannelShare;
import tandem.campaign.model.shares.ShareText;
import tandem.core.model.Channel;

/** Share profiles written the way planners write them. */
class ShareTextTest {

    @Test
    void dailySharesAreReadAsPercentagesOrAsShares() {
        assertEquals(List.of(0.5, 0.3, 0.2), ShareText.parseDaily("50/30/20"));
        assertEquals(List.of(0.5, 0.3, 0.2), ShareText.parseDaily(" 50% / 30% / 20% "));
        assertEquals(List.of(0.5, 0.3, 0.2), ShareText.parseDaily("0.5, 0.3, 0.2"));
        assertEquals(List.of(0.5, 0.3, 0.2), ShareText.parseDaily("0.5 0.3 0.2"));
        assertEquals(List.of(1.0), ShareText.parseDaily("100"));
        assertEquals(List.of(), ShareText.parseDaily("  "), "empty: no profile");
    }

    @Test
    void dailySharesAreShownAsPercentages() {
        assertEquals("50/30/20", ShareText.formatDaily(List.of(0.5, 0.3, 0.2)));
        assertEquals("33.33/66.67", ShareText.formatDaily(List.of(1 / 3.0, 2 / 3.0)));
        assertEquals("", ShareText.formatDaily(List.of()));
    }

    @Test
    void badDailySharesAreExplained() {
        assertEquals("'half' is not a number",
                assertThrows(IllegalArgumentException.class, () -> ShareText.parseDaily("half/50")).getMessage());
        assertEquals("'-10' is not a share: shares cannot be negative",
                assertThrows(IllegalArgumentException.class, () -> ShareText.parseDaily("60/50/-10")).getMessage());
    }

    @Test
    void channelSplitsReadAndShowLikePhone70Chat30() {
        List<ChannelShare> split = ShareText.parseChannels("phone 70% / chat 30%");
        assertEquals(List.of(Channel.PHONE, Channel.CHAT), split.stream().map(ChannelShare::getChannel).toList());
        assertEquals(List.of(0.7, 0.3), split.stream().map(ChannelShare::getShare).toList());
        assertEquals("phone 70% / chat 30%", ShareText.formatChannels(split));

        assertEquals(List.of(0.7, 0.3),
                ShareText.parseChannels("Phone 0.7, chat 0.3").stream().map(ChannelShare::getShare).toList());
        assertEquals(List.of(0.6, 0.4),
                ShareText.parseChannels("phone 60, email 40").stream().map(ChannelShare::getShare).toList());
        List<ChannelShare> chatOnly = ShareText.parseChannels("chat");
        assertEquals(Channel.CHAT, chatOnly.get(0).getChannel());
        assertEquals(1.0, chatOnly.get(0).getShare());
        assertEquals(List.of(), ShareText.parseChannels(""), "empty: all by phone");
    }

    @Test
    void badChannelSplitsAreExplained() {
        assertEquals("'fax' is not a channel (use phone, chat, email, social, sms)",
                assertThrows(IllegalArgumentException.class, () -> ShareText.parseChannels("phone 50 / fax 50"))
                        .getMessage());
        assertEquals("give the share of chat, like 'chat 30%'",
                assertThrows(IllegalArgumentException.class, () -> ShareText.parseChannels("phone 70, chat"))
                        .getMessage());
    }

    @Test
    void percentagesForMessages() {
        assertEquals("90%", ShareText.percent(0.9));
        assertEquals("120%", ShareText.percent(0.7 + 0.5));
        assertEquals("33.3%", ShareText.percent(1 / 3.0));
    }
}
