package tandem.ivr.interchange.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tandem.core.documents.Ids;
import tandem.core.documents.PlanDocuments;
import tandem.core.model.Channel;
import tandem.core.model.ContactCenter;
import tandem.core.model.CoreFactory;
import tandem.core.model.OpeningHours;
import tandem.core.model.Queue;
import tandem.core.model.WeeklyHours;
import tandem.core.model.Weekday;
import tandem.ivr.interchange.FlowException;
import tandem.ivr.interchange.FlowFormat;
import tandem.ivr.interchange.FlowImport;
import tandem.ivr.interchange.FlowInterchange;
import tandem.ivr.model.IvrScript;

/**
 * The contact-center setup the test flows name (queues Billing, Orders, General; office hours Monday to Friday 8 to
 * 18) in one resource set, and the flows of {@code data/} imported beside it.
 */
final class Plans {

    final ResourceSet set = PlanDocuments.createResourceSet();
    final ContactCenter center = CoreFactory.eINSTANCE.createContactCenter();
    final Queue billing = queue("Billing");
    final Queue orders = queue("Orders");
    final Queue general = queue("General");
    final OpeningHours office = CoreFactory.eINSTANCE.createOpeningHours();

    Plans() {
        center.setName("Acme");
        set.createResource(URI.createFileURI("/plans/acme.center")).getContents().add(center);
        office.setName("Office hours");
        for (Weekday day : List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY,
                Weekday.FRIDAY)) {
            WeeklyHours weekly = CoreFactory.eINSTANCE.createWeeklyHours();
            weekly.setDay(day);
            weekly.setOpens(LocalTime.of(8, 0));
            weekly.setCloses(LocalTime.of(18, 0));
            office.getWeeklyHours().add(weekly);
        }
        center.getOpeningHours().add(office);
        Ids.assignIfMissing(office);
    }

    private Queue queue(String name) {
        Queue queue = CoreFactory.eINSTANCE.createQueue();
        queue.setName(name);
        queue.setChannel(Channel.PHONE);
        center.getQueues().add(queue);
        Ids.assignIfMissing(queue);
        return queue;
    }

    /** Imports the text as a flow and puts the script in the resource set as {@code /plans/<name>.ivr}. */
    FlowImport load(String name, String json, FlowFormat format) throws FlowException {
        FlowImport imported = FlowInterchange.read(name + ".json", json, format, List.of(center));
        set.createResource(URI.createFileURI("/plans/" + name + ".ivr")).getContents().add(imported.script());
        return imported;
    }

    /** The script saved and loaded again, as the .ivr file keeps it. */
    IvrScript reloaded(IvrScript script) {
        Resource resource = script.eResource();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            resource.save(out, null);
            resource.unload();
            resource.load(new java.io.ByteArrayInputStream(out.toByteArray()), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (IvrScript) resource.getContents().get(0);
    }

    static String data(String file) {
        // The data lives in this fragment: findEntries looks into the host's fragments, getEntry does not.
        java.util.Enumeration<URL> found = FrameworkUtil.getBundle(Plans.class).findEntries("data", file, false);
        URL url = found == null || !found.hasMoreElements() ? null : found.nextElement();
        if (url == null) {
            throw new IllegalStateException("no test data " + file);
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
