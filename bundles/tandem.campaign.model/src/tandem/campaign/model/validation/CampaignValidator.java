package tandem.campaign.model.validation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignPackage.Literals;
import tandem.campaign.model.ChannelShare;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;
import tandem.campaign.model.OfferItem;
import tandem.campaign.model.SuccessMetrics;
import tandem.campaign.model.shares.ShareText;
import tandem.core.documents.ElementPaths;

/**
 * The invariants of a campaign calendar: dates in order, drops within their campaign, rates and shares between 0
 * and 1, share profiles that add up to 100%, no negative stock. Contributed to {@code tandem.core.validators}, so
 * the editors and {@code tandem-cli validate} report them.
 * <p>
 * Every problem is an error {@link Diagnostic} with source {@link #SOURCE}, one of the stable codes below, and as
 * data the element and the feature concerned.
 */
public class CampaignValidator extends EObjectValidator {

    /** The diagnostic source of every campaign invariant. */
    public static final String SOURCE = "tandem.campaign.model";

    /** A campaign ends before it starts. */
    public static final int END_BEFORE_START = 1;
    /** A drop is dated before its campaign starts or after it ends. */
    public static final int DROP_OUTSIDE_CAMPAIGN = 2;
    /** A drop's response rate is not between 0 and 1. */
    public static final int RESPONSE_RATE_OUT_OF_RANGE = 3;
    /** An offer item's redemption rate is not between 0 and 1. */
    public static final int REDEMPTION_RATE_OUT_OF_RANGE = 4;
    /** A daily share of a drop is not between 0 and 1. */
    public static final int DAILY_SHARE_OUT_OF_RANGE = 5;
    /** A drop's daily shares do not add up to 100%. */
    public static final int DAILY_SHARES_NOT_100_PERCENT = 6;
    /** A channel share of a drop is not between 0 and 1. */
    public static final int CHANNEL_SHARE_OUT_OF_RANGE = 7;
    /** A drop's channel shares do not add up to 100%. */
    public static final int CHANNEL_SHARES_NOT_100_PERCENT = 8;
    /** An offer item has a negative quantity on hand. */
    public static final int NEGATIVE_QUANTITY_ON_HAND = 9;
    /** A campaign's target response rate is not between 0 and 1. */
    public static final int TARGET_RESPONSE_RATE_OUT_OF_RANGE = 10;
    /** A drop reaches a negative number of people. */
    public static final int NEGATIVE_AUDIENCE = 11;
    /** An outbound wave's connect rate outside (0, 1], its handle time not positive, or its window empty. */
    public static final int OUTBOUND_WAVE_INVALID = 12;

    /** How far a sum of shares may be from 100% (rounding in hand-entered profiles). */
    public static final double SUM_TOLERANCE = 0.001;

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = super.validate(eClass, eObject, diagnostics, context);
        if (eObject instanceof Campaign campaign) {
            valid &= validateCampaign(campaign, diagnostics);
        } else if (eObject instanceof Drop drop) {
            valid &= validateDrop(drop, diagnostics);
        } else if (eObject instanceof OfferItem item) {
            valid &= validateOfferItem(item, diagnostics);
        } else if (eObject instanceof SuccessMetrics metrics) {
            valid &= rate(metrics, Literals.SUCCESS_METRICS__TARGET_RESPONSE_RATE, metrics.getTargetResponseRate(),
                    "target response rate", TARGET_RESPONSE_RATE_OUT_OF_RANGE, diagnostics);
        }
        return valid;
    }

    private boolean validateCampaign(Campaign campaign, DiagnosticChain diagnostics) {
        LocalDate start = campaign.getStartDate();
        LocalDate end = campaign.getEndDate();
        if (start != null && end != null && end.isBefore(start)) {
            return report(diagnostics, END_BEFORE_START, ElementPaths.of(campaign) + ": ends on " + end
                    + ", before it starts on " + start, campaign, Literals.CAMPAIGN__END_DATE);
        }
        return true;
    }

    private boolean validateDrop(Drop drop, DiagnosticChain diagnostics) {
        boolean valid = true;
        LocalDate date = drop.getDate();
        if (date != null && drop.eContainer() instanceof Campaign campaign) {
            LocalDate start = campaign.getStartDate();
            LocalDate end = campaign.getEndDate();
            if (start != null && date.isBefore(start)) {
                valid &= report(diagnostics, DROP_OUTSIDE_CAMPAIGN, ElementPaths.of(drop) + ": dropped on " + date
                        + ", before the campaign starts on " + start, drop, Literals.DROP__DATE);
            } else if (end != null && date.isAfter(end)) {
                valid &= report(diagnostics, DROP_OUTSIDE_CAMPAIGN, ElementPaths.of(drop) + ": dropped on " + date
                        + ", after the campaign ends on " + end, drop, Literals.DROP__DATE);
            }
        }
        valid &= rate(drop, Literals.DROP__RESPONSE_RATE, drop.getResponseRate(), "response rate",
                RESPONSE_RATE_OUT_OF_RANGE, diagnostics);
        if (drop.getKind() == DropKind.OUTBOUND_WAVE) {
            valid &= validateOutboundWave(drop, diagnostics);
        }
        if (drop.getAudienceSize() < 0) {
            valid &= report(diagnostics, NEGATIVE_AUDIENCE, ElementPaths.of(drop) + ": audience size "
                    + drop.getAudienceSize() + " cannot be negative", drop, Literals.DROP__AUDIENCE_SIZE);
        }

        if (!drop.getDailyShares().isEmpty()) {
            double sum = 0;
            for (int day = 0; day < drop.getDailyShares().size(); day++) {
                Double share = drop.getDailyShares().get(day);
                double value = share == null ? 0 : share;
                sum += value;
                if (!(value >= 0 && value <= 1)) {
                    valid &= report(diagnostics, DAILY_SHARE_OUT_OF_RANGE, ElementPaths.of(drop) + ": the daily share"
                            + " of day " + day + " is " + share + "; shares are between 0 and 1 (0.5 = 50%)", drop,
                            Literals.DROP__DAILY_SHARES);
                }
            }
            if (!(Math.abs(sum - 1) <= SUM_TOLERANCE)) {
                valid &= report(diagnostics, DAILY_SHARES_NOT_100_PERCENT, ElementPaths.of(drop)
                        + ": the daily shares add up to " + ShareText.percent(sum) + " instead of 100%", drop,
                        Literals.DROP__DAILY_SHARES);
            }
        }

        if (!drop.getChannelShares().isEmpty()) {
            double sum = 0;
            for (ChannelShare share : drop.getChannelShares()) {
                sum += share.getShare();
                if (!(share.getShare() >= 0 && share.getShare() <= 1)) {
                    valid &= report(diagnostics, CHANNEL_SHARE_OUT_OF_RANGE, ElementPaths.of(drop) + ": the share of "
                            + share.getChannel() + " is " + share.getShare()
                            + "; shares are between 0 and 1 (0.5 = 50%)", share, Literals.CHANNEL_SHARE__SHARE);
                }
            }
            if (!(Math.abs(sum - 1) <= SUM_TOLERANCE)) {
                valid &= report(diagnostics, CHANNEL_SHARES_NOT_100_PERCENT, ElementPaths.of(drop)
                        + ": the channel shares add up to " + ShareText.percent(sum) + " instead of 100%", drop,
                        Literals.DROP__CHANNEL_SHARES);
            }
        }
        return valid;
    }

    private static boolean validateOutboundWave(Drop drop, DiagnosticChain diagnostics) {
        boolean valid = true;
        if (!(drop.getConnectRate() > 0 && drop.getConnectRate() <= 1)) {
            valid &= report(diagnostics, OUTBOUND_WAVE_INVALID, ElementPaths.of(drop) + ": the connect rate is "
                    + drop.getConnectRate() + "; an outbound wave connects a share above 0 and at most 1 of its"
                    + " dials (0.3 = 30%)", drop, Literals.DROP__CONNECT_RATE);
        }
        if (!(drop.getOutboundAhtSeconds() > 0) || Double.isInfinite(drop.getOutboundAhtSeconds())) {
            valid &= report(diagnostics, OUTBOUND_WAVE_INVALID, ElementPaths.of(drop) + ": the handle time of a"
                    + " connected call is " + drop.getOutboundAhtSeconds() + " s; give a positive number of seconds",
                    drop, Literals.DROP__OUTBOUND_AHT_SECONDS);
        }
        LocalTime from = drop.getTime();
        LocalTime to = drop.getDiallingEnd();
        if (from != null && to != null && !to.isAfter(from)) {
            valid &= report(diagnostics, OUTBOUND_WAVE_INVALID, ElementPaths.of(drop) + ": dialling ends at " + to
                    + ", not after it starts at " + from, drop, Literals.DROP__DIALLING_END);
        }
        return valid;
    }

    private boolean validateOfferItem(OfferItem item, DiagnosticChain diagnostics) {
        boolean valid = rate(item, Literals.OFFER_ITEM__REDEMPTION_RATE, item.getRedemptionRate(), "redemption rate",
                REDEMPTION_RATE_OUT_OF_RANGE, diagnostics);
        if (item.getQuantityOnHand() < 0) {
            valid &= report(diagnostics, NEGATIVE_QUANTITY_ON_HAND, ElementPaths.of(item) + ": the quantity on hand is "
                    + item.getQuantityOnHand() + "; it cannot be negative", item,
                    Literals.OFFER_ITEM__QUANTITY_ON_HAND);
        }
        return valid;
    }

    private static boolean rate(EObject element, EStructuralFeature feature, double value, String what, int code,
            DiagnosticChain diagnostics) {
        if (value >= 0 && value <= 1) {
            return true;
        }
        return report(diagnostics, code, ElementPaths.of(element) + ": the " + what + " is " + value
                + "; rates are between 0 and 1 (0.02 = 2%)", element, feature);
    }

    private static boolean report(DiagnosticChain diagnostics, int code, String message, EObject element,
            EStructuralFeature feature) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, code, message,
                    new Object[] { element, feature }));
        }
        return false;
    }
}
