package tandem.ivr.interchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import tandem.core.documents.AtomicFiles;
import tandem.core.model.ContactCenter;
import tandem.ivr.model.IvrScript;

/** Flow files on disk, for the command line and the wizards: read whole, written atomically or not at all. */
public final class FlowFiles {

    private FlowFiles() {
    }

    /** Reads the flow file; a file that cannot be read is a {@link FlowException} naming it. */
    public static FlowImport read(Path flow, FlowFormat format, Collection<ContactCenter> setups)
            throws FlowException {
        String text;
        try {
            text = Files.readString(flow, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FlowException(flow.getFileName() + ": cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new FlowException(flow.getFileName() + ": cannot be read: not UTF-8 text");
        }
        return FlowInterchange.read(String.valueOf(flow.getFileName()), text, format, setups);
    }

    /** Writes the script as a flow; on any error the target is left as it was. */
    public static void write(IvrScript script, FlowFormat format, Path target) throws FlowException {
        String json = FlowInterchange.write(script, format, String.valueOf(target.getFileName()));
        try {
            AtomicFiles.write(target, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new FlowException(target.getFileName() + ": cannot be written: " + e.getMessage());
        }
    }
}
