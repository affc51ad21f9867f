package tandem.ivr.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

import tandem.core.documents.RecognisingFactory;
import tandem.core.model.ContactCenter;
import tandem.ivr.interchange.internal.Json;

/**
 * Reads an Amazon Connect or Twilio Studio flow file ({@code .json}) as an IVR script, in memory and read-only, so
 * that {@code tandem-cli check} and the workbench check flows as they are deployed. Queues and opening hours
 * resolve against the contact-center setups already loaded in the same resource set. The factory is not a plan
 * file factory: folders are not searched for {@code .json} files; a flow is checked when it is named.
 */
public class FlowResourceFactory extends ResourceFactoryImpl implements RecognisingFactory {

    /** Larger {@code .json} files are not taken for flows: Connect flows hold at most 250 actions. */
    static final long MAX_FLOW_BYTES = 32L * 1024 * 1024;

    /**
     * Whether the {@code .json} file is an Amazon Connect or Twilio Studio flow, from its top-level field names
     * (the file is streamed, not parsed whole), so that the workbench checks flows in a project and leaves its
     * other JSON files (package.json, settings) alone.
     */
    @Override
    public boolean recognises(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_FLOW_BYTES) {
                return false;
            }
            try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
                in.mark(3);
                byte[] bom = in.readNBytes(3);
                if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB
                        && (bom[2] & 0xFF) == 0xBF)) {
                    in.reset();
                }
                return Json.looksLikeFlow(in);
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public Resource createResource(URI uri) {
        return new FlowResource(uri);
    }

    /** A flow file read as an IVR script. */
    static final class FlowResource extends ResourceImpl {

        FlowResource(URI uri) {
            super(uri);
        }

        @Override
        protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
            String text = new String(inputStream.readAllBytes(), StandardCharsets.UTF_8);
            String name = getURI().lastSegment() == null ? String.valueOf(getURI()) : URI.decode(getURI().lastSegment());
            List<ContactCenter> setups = new ArrayList<>();
            if (getResourceSet() != null) {
                for (Resource other : List.copyOf(getResourceSet().getResources())) {
                    if (other != this && other.isLoaded()) {
                        for (EObject root : other.getContents()) {
                            if (root instanceof ContactCenter center) {
                                setups.add(center);
                            }
                        }
                    }
                }
            }
            try {
                getContents().add(FlowInterchange.read(name, text, null, setups).script());
            } catch (FlowException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        /** Refuses before any stream is opened: opening one would already empty the flow file. */
        @Override
        public void save(Map<?, ?> options) throws IOException {
            throw readOnly();
        }

        @Override
        protected void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
            throw readOnly();
        }

        private IOException readOnly() {
            return new IOException(getURI().lastSegment()
                    + " is a flow read for checking; export the IVR script with tandem-cli export-flow instead");
        }
    }
}
