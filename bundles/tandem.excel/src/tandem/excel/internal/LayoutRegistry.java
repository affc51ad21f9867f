package tandem.excel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

import tandem.core.registry.ExtensionReader;
import tandem.core.registry.InvalidContributionException;
import tandem.core.registry.LazyInstance;
import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayoutProvider;

/**
 * Reads {@code tandem.excel.layouts}: one layout per plan file extension, built on first use. A contribution whose
 * layout does not fit its model is reported in the error log and ignored.
 */
public final class LayoutRegistry extends ExtensionReader<LayoutRegistry.Entry> {

    private static final class Holder {
        static final LayoutRegistry INSTANCE = new LayoutRegistry();
    }

    /** One contribution: the file extension it serves and its provider, created when first needed. */
    public static final class Entry {
        private final String fileExtension;
        private final LazyInstance<WorkbookLayoutProvider> provider;
        private WorkbookLayout layout;
        private boolean failed;

        Entry(String fileExtension, LazyInstance<WorkbookLayoutProvider> provider) {
            this.fileExtension = fileExtension;
            this.provider = provider;
        }

        synchronized Optional<WorkbookLayout> layout() {
            if (layout == null && !failed) {
                try {
                    layout = provider.get().map(WorkbookLayoutProvider::layout).orElse(null);
                } catch (RuntimeException e) {
                    Platform.getLog(LayoutRegistry.class).log(new Status(IStatus.ERROR, "tandem.excel",
                            "The workbook layout " + provider.className() + " for ." + fileExtension
                                    + " files does not fit its model", e));
                }
                failed = layout == null;
            }
            return Optional.ofNullable(layout);
        }
    }

    private LayoutRegistry() {
        super("tandem.excel.layouts");
    }

    public static LayoutRegistry instance() {
        return Holder.INSTANCE;
    }

    @Override
    protected Entry read(IConfigurationElement element, List<Entry> readSoFar) throws InvalidContributionException {
        String extension = required(element, "fileExtension").toLowerCase(Locale.ROOT);
        required(element, "class");
        if (readSoFar.stream().anyMatch(e -> e.fileExtension.equals(extension))) {
            throw new InvalidContributionException("another layout is already contributed for ." + extension
                    + " files");
        }
        return new Entry(extension, new LazyInstance<>(element, "class", WorkbookLayoutProvider.class));
    }

    public Optional<WorkbookLayout> layout(String fileExtension) {
        return descriptors().stream().filter(e -> e.fileExtension.equals(fileExtension)).findFirst()
                .flatMap(Entry::layout);
    }

    public List<WorkbookLayout> all() {
        List<WorkbookLayout> all = new ArrayList<>();
        for (Entry entry : descriptors()) {
            entry.layout().ifPresent(all::add);
        }
        return all;
    }

    public List<String> fileExtensions() {
        return descriptors().stream().map(e -> e.fileExtension).sorted().toList();
    }
}
