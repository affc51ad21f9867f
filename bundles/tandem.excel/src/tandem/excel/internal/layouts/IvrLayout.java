package tandem.excel.internal.layouts;

import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayoutProvider;
import tandem.ivr.model.IvrPackage;

/**
 * IVR script (.ivr): entry points, and the call flow's nodes on one sheet with a type column (prompt, menu,
 * route...), their no-match and no-input handlers and menu options on sheets of their own.
 */
public final class IvrLayout implements WorkbookLayoutProvider {

    @Override
    public WorkbookLayout layout() {
        IvrPackage p = IvrPackage.eINSTANCE;
        return WorkbookLayout.builder(p.getIvrScript(), "ivr", "Script")
                .documentName("IVR script")
                .sheet("Entry points", p.getIvrScript_EntryPoints(), s -> s.required("name"))
                .sheet("Nodes", p.getIvrScript_Nodes())
                .sheet("No-match handlers", p.getCallerInputNode_NoMatch(), s -> s.parentColumn("node"))
                .sheet("No-input handlers", p.getCallerInputNode_NoInput(), s -> s.parentColumn("node"))
                .sheet("Menu options", p.getMenu_Options())
                .build();
    }
}
