package tandem.roster.edit;

import java.time.format.DateTimeFormatter;
import java.util.Collection;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import tandem.core.text.Words;
import tandem.roster.model.Activity;
import tandem.roster.model.BreakRule;
import tandem.roster.model.RosterPackage.Literals;
import tandem.roster.model.Shift;
import tandem.roster.model.Skill;
import tandem.roster.model.provider.ActivityItemProvider;
import tandem.roster.model.provider.AgentItemProvider;
import tandem.roster.model.provider.RosterItemProvider;
import tandem.roster.model.provider.RosterRulesItemProvider;
import tandem.roster.model.provider.ShiftTemplateItemProvider;
import tandem.roster.model.provider.BreakRuleItemProvider;
import tandem.roster.model.provider.RosterItemProviderAdapterFactory;
import tandem.roster.model.provider.ShiftItemProvider;
import tandem.roster.model.provider.SkillItemProvider;

/**
 * The item providers of rosters as planners read them: a skill by its queue and priority, a shift by agent, day,
 * time and queue, a break rule by its length and placement window. Registered in plugin.xml in place of the
 * generated factory, whose classes it only extends. Every change says what it changes, so that Edit &gt; Undo reads
 * for example "Undo Set Max Hours Per Week of Agent 3" or "Undo Add Skill to Agent 3".
 */
public class RosterItemProviders extends RosterItemProviderAdapterFactory {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public Adapter createRosterAdapter() {
        if (rosterItemProvider == null) {
            rosterItemProvider = new LabelledRoster(this);
        }
        return rosterItemProvider;
    }

    @Override
    public Adapter createRosterRulesAdapter() {
        if (rosterRulesItemProvider == null) {
            rosterRulesItemProvider = new LabelledRules(this);
        }
        return rosterRulesItemProvider;
    }

    @Override
    public Adapter createAgentAdapter() {
        if (agentItemProvider == null) {
            agentItemProvider = new LabelledAgent(this);
        }
        return agentItemProvider;
    }

    @Override
    public Adapter createShiftTemplateAdapter() {
        if (shiftTemplateItemProvider == null) {
            shiftTemplateItemProvider = new LabelledTemplate(this);
        }
        return shiftTemplateItemProvider;
    }

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
        protected Command createSetCommand(EditingDomain domain, EObject owner, EStructuralFeature feature,
                Object value) {
            return labelled(super.createSetCommand(domain, owner, feature, value), "Set " + getFeatureText(feature)
                    + " of skill " + getText(owner) + (owner.eContainer() instanceof tandem.roster.model.Agent agent
                            ? " of " + nameOf(agent) : ""));
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
        protected Command createSetCommand(EditingDomain domain, EObject owner, EStructuralFeature feature,
                Object value) {
            return labelled(super.createSetCommand(domain, owner, feature, value),
                    setLabel(this, getFeatureText(feature), owner));
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
        protected Command createSetCommand(EditingDomain domain, EObject owner, EStructuralFeature feature,
                Object value) {
            return labelled(super.createSetCommand(domain, owner, feature, value), "Set " + getFeatureText(feature)
                    + " of a " + ((BreakRule) owner).getKind().getLiteral() + (owner.eContainer()
                            instanceof tandem.roster.model.ShiftTemplate template ? " of " + nameOf(template) : ""));
        }

        @Override
        public String getText(Object object) {
            BreakRule rule = (BreakRule) object;
            return Words.of(rule.getKind().getLiteral()) + " " + rule.getLengthMinutes() + " min, starts "
                    + rule.getEarliestAfterMinutes() + "-" + rule.getLatestAfterMinutes() + " min into the shift, "
                    + (rule.isPaid() ? "paid" : "unpaid");
        }
    }

    /** An activity reads {@code Lunch 2027-03-01 12:00, 30 min}. */
    static final class ReadableActivity extends ActivityItemProvider {
        ReadableActivity(AdapterFactory factory) {
            super(factory);
        }

        @Override
        public String getText(Object object) {
            Activity activity = (Activity) object;
            StringBuilder text = new StringBuilder(Words.of(activity.getKind().getLiteral()));
            if (activity.getName() != null && !activity.getName().isBlank()) {
                text.append(" '").append(activity.getName()).append('\'');
            }
            if (activity.getStart() != null) {
                text.append(' ').append(DAY_AND_TIME.format(activity.getStart()));
            }
            return text.append(", ").append(activity.getLengthMinutes()).append(" min").toString();
        }
    }

    /** The command with a label that says what it changes. */
    static Command labelled(Command command, String label) {
        return command == null || !command.canExecute() ? command : new CommandWrapper(label, label, command);
    }

    /** What changes in a Set: {@code Set Max Hours Per Week of Agent 3}. */
    static String setLabel(ItemProviderAdapter provider, String featureText, EObject owner) {
        return "Set " + featureText + " of " + provider.getText(owner);
    }

    /** What an Add adds: {@code Add Skill to Agent 3}, or {@code Add Days to Day} for values of an attribute. */
    static String addLabel(ItemProviderAdapter provider, String featureText, EObject owner, Collection<?> values) {
        Object first = values.isEmpty() ? null : values.iterator().next();
        String what = first instanceof EObject element ? typeText(provider, element) : featureText;
        return "Add " + what + " to " + provider.getText(owner);
    }

    private static String typeText(ItemProviderAdapter provider, EObject element) {
        try {
            return tandem.roster.model.provider.RosterEditPlugin.INSTANCE.getString("_UI_" + element.eClass().getName() + "_type");
        } catch (RuntimeException e) {
            return element.eClass().getName();
        }
    }

    /** The roster: setting its interval, adding agents and templates. */
    static final class LabelledRoster extends RosterItemProvider {
        LabelledRoster(AdapterFactory factory) {
            super(factory);
        }

        @Override
        protected Command createSetCommand(EditingDomain domain, EObject owner, EStructuralFeature feature,
                Object value) {
            return labelled(super.createSetCommand(domain, owner, feature, value),
                    setLabel(this, getFeatureText(feature), owner));
        }

        @Override
        protected Command createAddCommand(EditingDomain domain, EObject owner, EStructuralFeature feature,
                Collection<?> collection, int index) {
            return labelled(super.createAddCommand(domain, owner, feature, collection, index),
                    addLabel(this, getFeatureText(feature), owner, collection));
        }
    }

    /** The rules: minimum rest and days in a row. */
    static final class LabelledRules extends RosterRulesItemProvider {
        LabelledRules(AdapterFactory factory) {
            super(factory);
        }

        @Override
        public String getText(Object object) {
            return "Rules";
        }

        @Override
        protected Command createSetCommand(EditingDomain domain, EObject owner, EStructuralFeature feature,
                Object value) {
            return labelled(super.createSetCommand(domain, owner, feature, value),
                    "Set " + getFeatureText(feature) + " of the rules");
        }
    }

    /** An agent: contract, availability, team, skills. */
    static final class LabelledAgent extends AgentItemProvider {
        LabelledAgent(AdapterFactory factory) {
            super(factory);
        }

        @Override
        protected Command createSetCommand(EditingDomain domain, EObject owner, EStructuralFeature feature,
                Object value) {
            return labelled(super.createSetCommand(domain, owner, feature, value),
                    setLabel(this, getFeatureText(feature), owner));
        }

        @Override
        protected Command createAddCommand(EditingDomain domain, EObject owner, EStructuralFeature feature,
                Collection<?> collection, int index) {
            return labelled(super.createAddCommand(domain, owner, feature, collection, index),
                    addLabel(this, getFeatureText(feature), owner, collection));
        }

        @Override
        public void notifyChanged(Notification notification) {
            if (isChangeOf(notification, Literals.AGENT__TEAM)) {
                fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
                return;
            }
            super.notifyChanged(notification);
        }
    }

    /** A shift template: start window, lengths, days, breaks. */
    static final class LabelledTemplate extends ShiftTemplateItemProvider {
        LabelledTemplate(AdapterFactory factory) {
            super(factory);
        }

        @Override
        protected Command createSetCommand(EditingDomain domain, EObject owner, EStructuralFeature feature,
                Object value) {
            return labelled(super.createSetCommand(domain, owner, feature, value),
                    setLabel(this, getFeatureText(feature), owner));
        }

        @Override
        protected Command createAddCommand(EditingDomain domain, EObject owner, EStructuralFeature feature,
                Collection<?> collection, int index) {
            return labelled(super.createAddCommand(domain, owner, feature, collection, index),
                    addLabel(this, getFeatureText(feature), owner, collection));
        }
    }
}
