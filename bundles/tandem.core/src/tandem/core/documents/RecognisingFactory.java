package tandem.core.documents;

import java.nio.file.Path;

/**
 * A resource factory registered for an extension that plans share with other files (such as {@code .json}, which
 * holds contact flows and also every other kind of JSON): only the files whose content it recognises are plans.
 * The workbench checks a project's files of that extension when {@link #recognises(Path)} says so and ignores the
 * others without a word. Recognising reads as little as it can and never fails: a file that cannot be read is not
 * recognised.
 */
public interface RecognisingFactory {

    /** Whether the file is one this factory reads as a plan, judged from its content cheaply. */
    boolean recognises(Path file);
}
