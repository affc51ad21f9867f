package tandem.roster.edit;

import java.time.format.DateTimeFormatter;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.ViewerNotification;

import tandem.roster.model.Activity;
import tandem.roster.model.BreakRule;
import tandem.roster.model.RosterPackage.Literals;
import tandem.roster.model.Shift;
import tandem.roster.model.Skill;
import tandem.roster.model.provider.ActivityItemProvider;
import tandem.roster.model.provider.BreakRuleItemProvider;
import tandem.roster.model.provider.RosterItemProviderAdapterFactory;
import tandem.roster.model.provider.ShiftItemProvider;
import tandem.roster.model.provider.SkillItemProvider;

/**
 * The item providers of rosters as planners read them: a skill by its queue and priority, a shift by agent, day,
 * time and queue, a break rule by its length and placement window. Registered in plugin.xml in place of the
 * generated factory, whose classes it only extends.
 */
public class RosterItemProviders extends RosterItemProviderAdapterFactory {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public Adapter createSkillAdapter() {
        if (skillItemProvider == null) {
            skillItemProvider = new ReadableSkill(this);
        }
        return skillItemProvider;
    }

    @Override
    public Adapter createShiftAdapter() {
        if (shiftItemProvider == null) {
            shiftItemProvider = new ReadableShift(this);
        }
        return shiftItemProvider;
    }

    @Override
    public Adapter createBreakRuleAdapter() {
        if (breakRuleItemProvider == null) {
            breakRuleItemProvider = new ReadableBreakRule(this);
        }
        return breakRuleItemProvider;
    }

    @Override
    public Adapter createActivityAdapter() {
        if (activityItemProvider == null) {
            activityItemProvider = new ReadableActivity(this);
        }
        return activityItemProvider;
    }

    /**
     * Whether the notification changes the reference, which changes the label. Resolving a reference into another
     * file notifies RESOLVE, which changes nothing a planner sees.
     */
    static boolean isChangeOf(Notification notification, Object reference) {
        return notification.getFeature() == reference && notification.getEventType() != Notification.RESOLVE
                && !notification.isTouch();
    }

    static String nameOf(tandem.core.model.NamedElement element) {
        if (element == null) {
            return "(none)";
        }
        return element.getName() == null || element.getName().isBlank() ? "(unnamed)" : element.getName();
    }

    /** A skill reads {@code Billing, priority 1}. */
    static final class ReadableSkill extends SkillItemProvider {
        ReadableSkill(AdapterFactory factory) {
            super(factory);
        }

        @Override
        public String getText(Object object) {
            Skill skill = (Skill) object;
            return nameOf(skill.getQueue()) + ", priority " + skill.getPriority();
        }

        @Override
        public void notifyChanged(Notification notification) {
            if (isChangeOf(notification, Literals.SKILL__QUEUE)) {
                fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
                return;
            }
            super.notifyChanged(notification);
        }
    }

    /** A shift reads {@code Anna 2027-03-01 08:00, 480 min, Billing (pinned)}. */
    static final class ReadableShift extends ShiftItemProvider {
        ReadableShift(AdapterFactory factory) {
            super(factory);
        }

        @Override
        public String getText(Object object) {
            Shift shift = (Shift) object;
            StringBuilder text = new StringBuilder(nameOf(shift.getAgent()));
            if (shift.getStart() != null) {
                text.append(' ').append(DAY_AND_TIME.format(shift.getStart()));
            }
            text.append(", ").append(shift.getLengthMinutes()).append(" min");
            if (shift.getQueue() != null) {
                text.append(", ").append(nameOf(shift.getQueue()));
            }
            if (shift.isPinned()) {
                text.append(" (pinned)");
            }
            return text.toString();
        }

        @Override
        public void notifyChanged(Notification notification) {
            if (isChangeOf(notification, Literals.SHIFT__AGENT) || isChangeOf(notification, Literals.SHIFT__QUEUE)) {
                fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
                return;
            }
            super.notifyChanged(notification);
        }
    }

    /** A break rule reads {@code break 15 min, starts 120-180 min into the shift, paid}. */
    static final class ReadableBreakRule extends BreakRuleItemProvider {
        ReadableBreakRule(AdapterFactory factory) {
            super(factory);
        }

        @Override
        public String getText(Object object) {
            BreakRule rule = (BreakRule) object;
            return rule.getKind().getLiteral() + " " + rule.getLengthMinutes() + " min, starts "
                    + rule.getEarliestAfterMinutes() + "-" + rule.getLatestAfterMinutes() + " min into the shift, "
                    + (rule.isPaid() ? "paid" : "unpaid");
        }
    }

    /** An activity reads {@code lunch 2027-03-01 12:00, 30 min}. */
    static final class ReadableActivity extends ActivityItemProvider {
        ReadableActivity(AdapterFactory factory) {
            super(factory);
        }

        @Override
        public String getText(Object object) {
            Activity activity = (Activity) object;
            StringBuilder text = new StringBuilder(activity.getKind().getLiteral());
            if (activity.getName() != null && !activity.getName().isBlank()) {
                text.append(" '").append(activity.getName()).append('\'');
            }
            if (activity.getStart() != null) {
                text.append(' ').append(DAY_AND_TIME.format(activity.getStart()));
            }
            return text.append(", ").append(activity.getLengthMinutes()).append(" min").toString();
        }
    }
}
