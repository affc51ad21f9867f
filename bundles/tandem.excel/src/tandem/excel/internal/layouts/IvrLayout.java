package tandem.excel.internal.layouts;

import tandem.excel.WorkbookLayout;
import tandem.excel.WorkbookLayoutProvider;
import tandem.ivr.model.IvrPackage;

/**
 * IVR script (.ivr): entry points, and the call flow's nodes on one sheet with a type column (prompt, menu,
 * route...), their no-match and no-input handlers, menu options and the exits of external steps (steps of imported
 * Amazon Connect or Twilio Studio flows) on sheets of their own.
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
                .sheet("Step exits", p.getExternalStep_Exits(), s -> s.parentColumn("node"))
                // An imported flow's JSON can exceed a cell (32,767 characters); it stays in the .ivr file.
                .skip(p.getEntryPoint_PlatformFlow())
                .build();
    }
}
