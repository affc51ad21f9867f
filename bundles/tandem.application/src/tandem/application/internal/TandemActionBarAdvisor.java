package tandem.application.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * File, Edit, Window and Help menus. Other bundles add to them through {@code org.eclipse.ui.menus} at the usual
 * places ({@code additions}, {@code file/new.ext}, {@code edit/additions}), e.g. "Run Checks".
 */
public class TandemActionBarAdvisor extends ActionBarAdvisor {

    private IWorkbenchAction save;
    private IWorkbenchAction saveAs;
    private IWorkbenchAction saveAll;
    private IWorkbenchAction close;
    private IWorkbenchAction closeAll;
    private IWorkbenchAction importWizard;
    private IWorkbenchAction exportWizard;
    private IWorkbenchAction quit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction cut;
    private IWorkbenchAction copy;
    private IWorkbenchAction paste;
    private IWorkbenchAction delete;
    private IWorkbenchAction selectAll;
    private IWorkbenchAction preferences;
    private IWorkbenchAction resetPerspective;
    private IWorkbenchAction about;
    private IWorkbenchAction newWizard;
    private IContributionItem newShortlist;
    private IContributionItem views;
    private IContributionItem reopenEditors;

    public TandemActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        save = keep(ActionFactory.SAVE.create(window));
        saveAs = keep(ActionFactory.SAVE_AS.create(window));
        saveAll = keep(ActionFactory.SAVE_ALL.create(window));
        close = keep(ActionFactory.CLOSE.create(window));
        closeAll = keep(ActionFactory.CLOSE_ALL.create(window));
        importWizard = keep(ActionFactory.IMPORT.create(window));
        exportWizard = keep(ActionFactory.EXPORT.create(window));
        quit = keep(ActionFactory.QUIT.create(window));
        undo = keep(ActionFactory.UNDO.create(window));
        redo = keep(ActionFactory.REDO.create(window));
        cut = keep(ActionFactory.CUT.create(window));
        copy = keep(ActionFactory.COPY.create(window));
        paste = keep(ActionFactory.PASTE.create(window));
        delete = keep(ActionFactory.DELETE.create(window));
        selectAll = keep(ActionFactory.SELECT_ALL.create(window));
        preferences = keep(ActionFactory.PREFERENCES.create(window));
        resetPerspective = keep(ActionFactory.RESET_PERSPECTIVE.create(window));
        about = keep(new AboutAction(window));
        newWizard = keep(ActionFactory.NEW_WIZARD_DROP_DOWN.create(window));
        newShortlist = ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window);
        views = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
        reopenEditors = ContributionItemFactory.REOPEN_EDITORS.create(window);
    }

    /** Help &gt; About, with the product's version (the workbench's own dialog shows no version for a product). */
    private static final class AboutAction extends Action implements IWorkbenchAction {
        private IWorkbenchWindow window;

        AboutAction(IWorkbenchWindow window) {
            super("&About Tandem");
            this.window = window;
            setId(ActionFactory.ABOUT.getId());
            setActionDefinitionId("org.eclipse.ui.help.aboutAction");
        }

        @Override
        public void run() {
            if (window != null) {
                new AboutTandemDialog(window.getShell()).open();
            }
        }

        @Override
        public void dispose() {
            window = null;
        }
    }

    private IWorkbenchAction keep(IWorkbenchAction action) {
        register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        MenuManager newMenu = new MenuManager("&New", ActionFactory.NEW.getId());
        newMenu.add(newShortlist);
        file.add(newMenu);
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(new Separator());
        file.add(close);
        file.add(closeAll);
        file.add(new Separator());
        file.add(save);
        file.add(saveAs);
        file.add(saveAll);
        file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
        file.add(new Separator());
        file.add(importWizard);
        file.add(exportWizard);
        file.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        // The recently opened files go in a submenu: in the File menu itself, the workbench's dynamic list of them
        // swallowed the items after it, Exit among them.
        MenuManager recent = new MenuManager("Open &Recent", "tandem.application.recentFiles");
        recent.add(reopenEditors);
        file.add(recent);
        file.add(new GroupMarker(IWorkbenchActionConstants.MRU));
        file.add(new Separator());
        file.add(quit);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        edit.add(undo);
        edit.add(redo);
        edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        edit.add(new Separator());
        edit.add(cut);
        edit.add(copy);
        edit.add(paste);
        edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
        edit.add(new Separator());
        edit.add(delete);
        edit.add(selectAll);
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View", "showView");
        showView.add(views);
        windowMenu.add(showView);
        windowMenu.add(resetPerspective);
        windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        windowMenu.add(new Separator());
        windowMenu.add(preferences);

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
        help.add(new Separator());
        help.add(about);

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu);
        menuBar.add(help);
    }

    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        ToolBarManager fileBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        fileBar.add(newWizard);
        fileBar.add(save);
        fileBar.add(new Separator());
        fileBar.add(undo);
        fileBar.add(redo);
        fileBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        coolBar.add(new ToolBarContributionItem(fileBar, IWorkbenchActionConstants.TOOLBAR_FILE));
        coolBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
    }
}
