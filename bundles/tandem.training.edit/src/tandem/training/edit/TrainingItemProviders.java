package tandem.training.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import tandem.training.model.Audience;
import tandem.training.model.Course;
import tandem.training.model.Session;
import tandem.training.model.TrainingPackage.Literals;
import tandem.training.model.provider.AudienceItemProvider;
import tandem.training.model.provider.SessionItemProvider;
import tandem.training.model.provider.TrainingItemProviderAdapterFactory;
import tandem.training.model.readiness.Audiences;

/**
 * The item providers of training plans as planners read them: audiences by their queue or team, sessions by date,
 * and a session's audience chosen among its own course's audiences only. Registered in plugin.xml in place of the
 * generated factory, whose classes it only extends.
 */
public class TrainingItemProviders extends TrainingItemProviderAdapterFactory {

    @Override
    public Adapter createAudienceAdapter() {
        if (audienceItemProvider == null) {
            audienceItemProvider = new ReadableAudience(this);
        }
        return audienceItemProvider;
    }

    @Override
    public Adapter createSessionAdapter() {
        if (sessionItemProvider == null) {
            sessionItemProvider = new ReadableSession(this);
        }
        return sessionItemProvider;
    }

    /**
     * Whether the notification changes the reference, which changes the label. Reading a reference into another file
     * resolves it and notifies RESOLVE; that changes nothing a planner sees, and refreshing on it would refresh a
     * viewer while it paints.
     */
    static boolean isChangeOf(Notification notification, Object reference) {
        return notification.getFeature() == reference && notification.getEventType() != Notification.RESOLVE
                && !notification.isTouch();
    }

    /** An audience is named after its queue or team: {@code queue 'Billing', 20 agents}. */
    static final class ReadableAudience extends AudienceItemProvider {
        ReadableAudience(AdapterFactory factory) {
            super(factory);
        }

        @Override
        public String getText(Object object) {
            Audience audience = (Audience) object;
            return Audiences.describe(audience) + ", " + audience.getHeadcount() + " agents";
        }

        @Override
        public void notifyChanged(Notification notification) {
            if (isChangeOf(notification, Literals.AUDIENCE__QUEUE)
                    || isChangeOf(notification, Literals.AUDIENCE__TEAM)) {
                fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
                return;
            }
            super.notifyChanged(notification);
        }
    }

    /** A session reads {@code 2026-03-10 09:00, 12 seats}; it is kept for one of its own course's audiences. */
    static final class ReadableSession extends SessionItemProvider {
        ReadableSession(AdapterFactory factory) {
            super(factory);
        }

        @Override
        public String getText(Object object) {
            Session session = (Session) object;
            StringBuilder text = new StringBuilder(getString("_UI_Session_type"));
            if (session.getDate() != null) {
                text.append(' ').append(session.getDate());
            }
            if (session.getStartTime() != null) {
                text.append(' ').append(session.getStartTime());
            }
            return text.append(", ").append(session.getCapacity()).append(" seats").toString();
        }

        @Override
        public void notifyChanged(Notification notification) {
            if (isChangeOf(notification, Literals.SESSION__AUDIENCE)) {
                fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
                return;
            }
            super.notifyChanged(notification);
        }

        @Override
        protected void addAudiencePropertyDescriptor(Object object) {
            itemPropertyDescriptors.add(new ItemPropertyDescriptor(
                    ((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
                    getString("_UI_Session_audience_feature"), getString("_UI_PropertyDescriptor_description",
                            "_UI_Session_audience_feature", "_UI_Session_type"),
                    Literals.SESSION__AUDIENCE, true, false, true, null, null, null) {
                @Override
                public Collection<?> getChoiceOfValues(Object owner) {
                    List<Object> choices = new ArrayList<>();
                    choices.add(null);
                    if (((Session) owner).eContainer() instanceof Course course) {
                        choices.addAll(course.getAudiences());
                    }
                    return choices;
                }
            });
        }
    }
}
