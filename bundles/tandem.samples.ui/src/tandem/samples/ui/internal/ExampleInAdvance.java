package tandem.samples.ui.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import tandem.samples.SamplePlans;

/**
 * When asked for ({@link #PROPERTY}), builds the first-run example in memory while the workbench starts, on the core that the window's start leaves
 * mostly idle, so that the first run, once the window is open, only writes it into the new project (building the
 * plans is most of the work). Only when the first run may offer the example ({@link FirstRun#mayOffer()}); nothing
 * is written here. A thread of its own, started at once: jobs may be held back while the workbench starts.
 * <p>
 * A declarative services component ({@code OSGI-INF/exampleInAdvance.xml}), activated with the bundle as the
 * framework starts; {@link FirstRun} takes the example with {@link #take()}.
 */
public final class ExampleInAdvance {

    /**
     * System property that, set to {@code true}, builds the example in advance. Off by default: on a quiet machine
     * building in advance delayed the first window by about 0.45 s and, in 3 of 13 starts, by 6 s (the window's
     * start waited for the builder), for 0.2 s sooner checked (docs/PERFORMANCE.md, "Workbench start").
     */
    public static final String PROPERTY = "tandem.firstRunSample.inAdvance";

    private FutureTask<SamplePlans.Example> building;

    void activate() {
        if (!"true".equals(System.getProperty(PROPERTY))) {
            return;
        }
        try {
            if (!FirstRun.mayOffer()) {
                return;
            }
        } catch (RuntimeException e) {
            return; // the platform is not far enough to tell: the first run builds the example itself
        }
        FutureTask<SamplePlans.Example> task = new FutureTask<>(SamplePlans::build);
        synchronized (this) {
            building = task;
        }
        Thread thread = new Thread(task, "Tandem: preparing the example plans");
        thread.setDaemon(true);
        thread.start();
    }

    void deactivate() {
        discard();
    }

    /**
     * The example built in advance, after waiting for its build if it is on its way, or {@code null} when none was
     * built, it could not be built, or it was taken or discarded already.
     */
    public SamplePlans.Example take() {
        FutureTask<SamplePlans.Example> task;
        synchronized (this) {
            task = building;
            building = null;
        }
        if (task == null) {
            return null;
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (CancellationException e) {
            return null;
        } catch (ExecutionException e) {
            // The first run builds the example itself, and says so if it cannot.
            ILog.of(ExampleInAdvance.class).log(Status.warning("Could not prepare the example plans", e.getCause()));
            return null;
        }
    }

    /** Drops the example built in advance (the workspace had projects already), so that its memory is freed. */
    public void discard() {
        FutureTask<SamplePlans.Example> task;
        synchronized (this) {
            task = building;
            building = null;
        }
        if (task != null) {
            task.cancel(false);
        }
    }

    /** The running component, or {@code null} without one (no declarative services runtime). */
    static ExampleInAdvance get() {
        BundleContext context = FrameworkUtil.getBundle(ExampleInAdvance.class).getBundleContext();
        ServiceReference<ExampleInAdvance> reference = context == null ? null
                : context.getServiceReference(ExampleInAdvance.class);
        ExampleInAdvance service = reference == null ? null : context.getService(reference);
        if (reference != null) {
            context.ungetService(reference); // an immediate component: it stays active
        }
        return service;
    }
}
