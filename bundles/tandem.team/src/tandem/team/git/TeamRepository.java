package tandem.team.git;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.io.NullOutputStream;

import tandem.core.documents.AtomicFiles;
import tandem.core.documents.PlanDocumentException;
import tandem.core.documents.PlanDocuments;
import tandem.core.documents.PlanFiles;
import tandem.team.merge.Conflict;
import tandem.team.merge.ConflictResolution;
import tandem.team.merge.ConflictResolution.Side;
import tandem.team.merge.FileMerge;
import tandem.team.merge.PlanDiff;
import tandem.team.merge.PlanMerge;

/**
 * A Tandem project shared through Git: share, clone, update (fetch and merge, plans by element), publish (commit and
 * push, updating first when the shared repository moved) and the history of a file. Plans changed on both sides are
 * merged by {@link FileMerge}; their conflicts leave valid plans holding our side, and the merge is completed by
 * {@link #completeMerge(String)} once the planner has picked. Every failure is a {@link TeamException} with a one-line
 * message; local commits are never discarded.
 */
public final class TeamRepository implements AutoCloseable {

    /** The name of the shared repository in the project's Git configuration. */
    public static final String REMOTE = Constants.DEFAULT_REMOTE_NAME;
    private static final String BRANCH = "main";
    /** The message of the commit an update makes of the changes not yet committed; publishing renames it. */
    private static final String LOCAL_CHANGES = "Local changes before update";

    private final Git git;
    private final Path folder;
    private final CredentialsProvider credentials;

    private TeamRepository(Git git, CredentialsProvider credentials) {
        this.git = git;
        this.folder = git.getRepository().getWorkTree().toPath();
        this.credentials = credentials;
    }

    /**
     * Opens the Git repository of a shared project.
     *
     * @param credentials for https (user and token), or {@code null}
     */
    public static TeamRepository open(Path projectFolder, CredentialsProvider credentials) throws TeamException {
        if (!Files.isDirectory(projectFolder.resolve(Constants.DOT_GIT))) {
            throw new TeamException(projectFolder + " is not shared: use Share first");
        }
        try {
            return new TeamRepository(Git.open(projectFolder.toFile()), credentials);
        } catch (IOException e) {
            throw new TeamException(projectFolder + ": cannot open its Git repository: " + e.getMessage(), e);
        }
    }

    /** Whether the folder is a project shared through Git. */
    public static boolean isShared(Path projectFolder) {
        return Files.isDirectory(projectFolder.resolve(Constants.DOT_GIT));
    }

    /**
     * Shares a project into an empty Git repository (a URL or a folder path): commits all its files, with a
     * {@code .gitattributes} naming the plan merge for every plan type, and publishes them.
     */
    public static TeamRepository share(Path projectFolder, String remote, CredentialsProvider credentials,
            String author) throws TeamException {
        Git git;
        try {
            git = isShared(projectFolder) ? Git.open(projectFolder.toFile())
                    : Git.init().setDirectory(projectFolder.toFile()).setInitialBranch(BRANCH).call();
        } catch (IOException | GitAPIException e) {
            throw new TeamException(projectFolder + ": cannot create a Git repository: " + e.getMessage(), e);
        }
        TeamRepository repository = new TeamRepository(git, credentials);
        try {
            URIish uri = new URIish(remote);
            if (git.getRepository().getRemoteNames().contains(REMOTE)) {
                throw new TeamException(projectFolder + " is already shared with "
                        + git.getRepository().getConfig().getString("remote", REMOTE, "url"));
            }
            git.remoteAdd().setName(REMOTE).setUri(uri).call();
            if (!repository.remoteHeads(remote).isEmpty()) {
                git.remoteRemove().setRemoteName(REMOTE).call();
                throw new TeamException(remote + " already holds a project: open it with Clone instead of sharing into it");
            }
            repository.writeGitAttributes();
            repository.commitAll("Share the project", author);
            repository.push();
            return repository;
        } catch (TeamException e) {
            repository.close();
            throw e;
        } catch (URISyntaxException | GitAPIException e) {
            repository.close();
            throw new TeamException(remote + ": " + e.getMessage(), e);
        }
    }

    /**
     * Clones a shared project into a new or empty folder.
     *
     * @throws TeamException when the repository cannot be reached or holds no Tandem project (the folder is then
     *                       left empty)
     */
    public static TeamRepository cloneProject(String remote, Path folder, CredentialsProvider credentials)
            throws TeamException {
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> children = Files.list(folder)) {
                    if (children.findAny().isPresent()) {
                        throw new TeamException(folder + " is not empty: clone into a new folder");
                    }
                }
            }
            Git git = remote(Git.cloneRepository().setURI(remote).setDirectory(folder.toFile()), credentials)
                    .setBranch(BRANCH).call();
            TeamRepository repository = new TeamRepository(git, credentials);
            if (!repository.holdsProject()) {
                repository.close();
                deleteTree(folder);
                throw new TeamException(remote + " holds no Tandem project (no plans and no Tandem .gitattributes)");
            }
            return repository;
        } catch (TransportException e) {
            throw unreachable(remote, e, credentials);
        } catch (GitAPIException | IOException e) {
            throw new TeamException(remote + ": cannot clone: " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** The shared repository's URL. */
    public String remoteUrl() {
        return git.getRepository().getConfig().getString("remote", REMOTE, "url");
    }

    /** Whether the project has changes not yet committed. */
    public boolean hasLocalChanges() throws TeamException {
        try {
            return !git.status().call().isClean();
        } catch (GitAPIException e) {
            throw new TeamException(folder + ": cannot read the Git status: " + e.getMessage(), e);
        }
    }

    /** Whether an update left conflicts that the planner has not resolved yet. */
    public boolean merging() {
        RepositoryState state = git.getRepository().getRepositoryState();
        return state == RepositoryState.MERGING || state == RepositoryState.MERGING_RESOLVED;
    }

    /**
     * Fetches the others' published changes and merges them: files changed on one side only are taken, plans
     * changed on both sides are merged by element, other files line by line. Local changes not yet committed are
     * committed first (locally, not published), so nothing is lost. When conflicts remain the plans hold our side
     * and the update completes with {@link #completeMerge(String)}. When changes came in, the project's checks run on the
     * plans as they are now ({@link UpdateResult#checks()}).
     */
    public UpdateResult update(String author) throws TeamException {
        if (merging()) {
            throw new TeamException("resolve the conflicts of the last update first");
        }
        Repository repository = git.getRepository();
        try {
            if (hasLocalChanges()) {
                commitAll(LOCAL_CHANGES, author);
            }
            remote(git.fetch().setRemote(REMOTE), credentials).call();
            Ref published = repository.exactRef(Constants.R_REMOTES + REMOTE + "/" + BRANCH);
            ObjectId head = repository.resolve(Constants.HEAD);
            if (published == null || published.getObjectId().equals(head)) {
                return new UpdateResult(List.of(), List.of(), List.of(), null);
            }
            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit ours = walk.parseCommit(head);
                RevCommit theirs = walk.parseCommit(published.getObjectId());
                if (walk.isMergedInto(theirs, ours)) {
                    return new UpdateResult(List.of(), List.of(), List.of(), null);
                }
                walk.reset();
                walk.setRevFilter(RevFilter.MERGE_BASE);
                walk.markStart(walk.parseCommit(ours));
                walk.markStart(walk.parseCommit(theirs));
                RevCommit base = walk.next();
                walk.reset();
                walk.setRevFilter(RevFilter.ALL);
                return merge(base, walk.parseCommit(ours), walk.parseCommit(theirs), author);
            }
        } catch (TransportException e) {
            throw unreachable(remoteUrl(), e, credentials);
        } catch (GitAPIException | IOException e) {
            throw new TeamException(folder + ": update failed: " + e.getMessage(), e);
        }
    }

    private UpdateResult merge(RevCommit base, RevCommit ours, RevCommit theirs, String author)
            throws GitAPIException, IOException, TeamException {
        Set<String> changedByThem = changed(base, theirs);
        // Sides picked in an earlier merge (one aborted outside Tandem) must not hide this merge's conflicts.
        Files.deleteIfExists(pickedFile());
        MergeResult result = git.merge().include(theirs).setCommit(false)
                .setFastForward(FastForwardMode.FF).setStrategy(MergeStrategy.RECURSIVE)
                .setMessage("Update: merge the published changes").call();
        if (result.getMergeStatus() == MergeResult.MergeStatus.FAST_FORWARD) {
            return new UpdateResult(new ArrayList<>(changedByThem), List.of(), List.of(), ProjectChecks.run(folder));
        }
        if (!result.getMergeStatus().isSuccessful() && result.getMergeStatus() != MergeResult.MergeStatus.CONFLICTING) {
            throw new TeamException(folder + ": Git could not merge (" + result.getMergeStatus() + ")"
                    + (result.getFailingPaths() == null ? "" : ": " + result.getFailingPaths().keySet()));
        }
        Set<String> both = changed(base, ours);
        both.retainAll(changedByThem);
        Map<String, int[][]> textConflicts = result.getConflicts() == null ? Map.of() : result.getConflicts();
        List<FileMerge.Outcome> merges = new ArrayList<>();
        List<String> others = new ArrayList<>();
        Path scratch = Files.createTempDirectory("tandem-merge");
        try {
            for (String path : both) {
                Path file = folder.resolve(path);
                if (!PlanFiles.isPlanFile(file)) {
                    if (textConflicts.containsKey(path)) {
                        others.add(path);
                    }
                    continue;
                }
                byte[] o = blob(ours, path);
                byte[] t = blob(theirs, path);
                if (o == null || t == null) {
                    others.add(path);
                    continue;
                }
                byte[] b = blob(base, path);
                Path bf = Files.write(scratch.resolve("base"), b == null ? new byte[0] : b);
                Path of = Files.write(scratch.resolve("ours"), o);
                Path tf = Files.write(scratch.resolve("theirs"), t);
                FileMerge.Outcome outcome = FileMerge.merge(bf, of, tf, file);
                byte[] merged = Files.readAllBytes(of);
                AtomicFiles.write(file, out -> out.write(merged));
                merges.add(new FileMerge.Outcome(outcome.method(), outcome.conflicts(), path));
                if (outcome.clean()) {
                    git.add().addFilepattern(path).call();
                }
            }
            for (String path : textConflicts.keySet()) {
                if (!both.contains(path) && !others.contains(path)) {
                    others.add(path);
                }
            }
        } finally {
            deleteTree(scratch);
        }
        // The plans are valid even with conflicts (our side kept), so the checks run on them either way.
        UpdateResult update = new UpdateResult(new ArrayList<>(changedByThem), merges, others,
                ProjectChecks.run(folder));
        if (update.clean()) {
            commitMerge(author);
        }
        return update;
    }

    /**
     * The conflicts of the update in progress that the planner has not picked a side for yet, file by file in the
     * order of the update; empty when no update is in progress. They are found again from the repository (the
     * common, our and their commits), so they survive a restart of the workbench.
     */
    public List<PlanConflict> conflicts() throws TeamException {
        if (!merging()) {
            return List.of();
        }
        Repository repository = git.getRepository();
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit ours = walk.parseCommit(repository.resolve(Constants.HEAD));
            RevCommit theirs = walk.parseCommit(mergeHead());
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(ours);
            walk.markStart(theirs);
            RevCommit base = walk.next();
            Set<String> both = base == null ? new LinkedHashSet<>() : changed(base, ours);
            if (base != null) {
                both.retainAll(changed(base, theirs));
            }
            Set<String> picked = picked();
            List<PlanConflict> open = new ArrayList<>();
            for (String path : both) {
                Path file = folder.resolve(path);
                byte[] o = blob(ours, path);
                byte[] t = blob(theirs, path);
                if (!PlanFiles.isPlanFile(file) || o == null || t == null) {
                    continue;
                }
                byte[] b = blob(base, path);
                Resource baseVersion = b == null ? null : version(path, b);
                Resource ourVersion = version(path, o);
                Resource theirVersion = version(path, t);
                if (ourVersion == null || theirVersion == null) {
                    continue;
                }
                for (Conflict conflict : PlanMerge.merge(baseVersion, ourVersion, theirVersion).conflicts()) {
                    PlanConflict pending = new PlanConflict(path, conflict);
                    if (!picked.contains(pending.key())) {
                        open.add(pending);
                    }
                }
            }
            return open;
        } catch (IOException e) {
            throw new TeamException(folder + ": cannot read the update in progress: " + e.getMessage(), e);
        }
    }

    /**
     * Takes one side of a conflict of the update in progress: the plan file is changed (theirs) or kept (mine) and
     * saved, and the conflict is no longer {@linkplain #conflicts() open}. The plan is loaded confined to the
     * project folder. Saves are atomic: a failure leaves the file as it was.
     *
     * @throws TeamException when no update is in progress, the plan does not load, or the conflict's element is no
     *                       longer in it
     */
    public void resolve(PlanConflict pending, Side side) throws TeamException {
        if (!merging()) {
            throw new TeamException("no update is in progress: nothing to resolve");
        }
        Path file = folder.resolve(pending.path());
        try {
            if (side == Side.THEIRS) {
                ResourceSet set = PlanDocuments.createResourceSet();
                PlanDocuments.confineToFolders(set, List.of(folder));
                Resource merged = PlanDocuments.load(set, URI.createFileURI(file.toString()));
                byte[] t;
                try (RevWalk walk = new RevWalk(git.getRepository())) {
                    t = blob(walk.parseCommit(mergeHead()), pending.path());
                }
                Resource theirs = t == null ? null : version(pending.path(), t);
                if (theirs == null) {
                    throw new TeamException(pending.path() + ": their version is not a readable plan");
                }
                ConflictResolution.take(merged, theirs, pending.conflict(), side);
                PlanDocuments.save(merged);
            }
            Path record = pickedFile();
            List<String> lines = new ArrayList<>(picked());
            lines.add(pending.key());
            AtomicFiles.write(record, out -> out.write((String.join("\n", lines) + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (PlanDocumentException e) {
            throw new TeamException(e.problems().get(0).toString(), e);
        } catch (IllegalArgumentException e) {
            throw new TeamException(pending.path() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new TeamException(file + ": cannot save: " + e.getMessage(), e);
        }
    }

    /**
     * What changed in a plan since it was last published (fetched), element by element.
     *
     * @throws TeamException when the plan was never published, or a version of it does not load
     */
    public List<PlanDiff.Change> compareWithPublished(String path) throws TeamException {
        byte[] published = publishedVersion(path);
        if (published == null) {
            throw new TeamException(path + " was never published: there is nothing to compare it with");
        }
        Resource before = version(path, published);
        if (before == null) {
            throw new TeamException(path + ": the published version is not a readable plan");
        }
        ResourceSet set = PlanDocuments.createResourceSet();
        PlanDocuments.confineToFolders(set, List.of(folder));
        try {
            Resource now = PlanDocuments.load(set, URI.createFileURI(folder.resolve(path).toString()));
            return PlanDiff.between(before, now);
        } catch (PlanDocumentException e) {
            throw new TeamException(e.problems().get(0).toString(), e);
        }
    }

    private ObjectId mergeHead() throws IOException, TeamException {
        List<ObjectId> heads = git.getRepository().readMergeHeads();
        if (heads == null || heads.isEmpty()) {
            throw new TeamException(folder + ": no update is in progress");
        }
        return heads.get(0);
    }

    /** One version of a plan loaded from bytes under the plan's own URI, never reading other files; or null. */
    private Resource version(String path, byte[] content) {
        URI uri = URI.createFileURI(folder.resolve(path).toString());
        ResourceSet set = PlanDocuments.createResourceSet();
        Resource resource = set.createResource(uri);
        if (resource == null) {
            return null;
        }
        try (var in = new java.io.ByteArrayInputStream(content)) {
            resource.load(in, set.getLoadOptions());
            return resource.getErrors().isEmpty() ? resource : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private Path pickedFile() {
        return git.getRepository().getDirectory().toPath().resolve("tandem-picked");
    }

    private Set<String> picked() throws IOException {
        Path record = pickedFile();
        return Files.exists(record) ? new LinkedHashSet<>(Files.readAllLines(record, StandardCharsets.UTF_8))
                : new LinkedHashSet<>();
    }

    /**
     * Completes an update whose conflicts the planner resolved (the plans as they are now are the resolution):
     * commits the merge.
     */
    public void completeMerge(String author) throws TeamException {
        if (!merging()) {
            return;
        }
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            commitMerge(author);
        } catch (GitAPIException e) {
            throw new TeamException(folder + ": cannot complete the update: " + e.getMessage(), e);
        }
    }

    private void commitMerge(String author) throws TeamException {
        try {
            Files.deleteIfExists(pickedFile());
            var commit = git.commit().setMessage("Update: merge the published changes");
            if (author != null) {
                commit.setAuthor(author, author).setCommitter(author, author);
            }
            commit.call();
        } catch (GitAPIException | IOException e) {
            throw new TeamException(folder + ": cannot commit the update: " + e.getMessage(), e);
        }
    }

    /**
     * Commits the project's changes with the message and pushes them. When the shared repository moved, updates
     * first and pushes again; when that update leaves conflicts, nothing is pushed (resolve, then publish again).
     * When the shared repository cannot be reached, the commit stays local and is published next time.
     */
    public PublishResult publish(String message, String author) throws TeamException {
        if (merging()) {
            throw new TeamException("resolve the conflicts of the last update before publishing");
        }
        try {
            if (hasLocalChanges()) {
                commitAll(message, author);
            }
            nameLocalChanges(message);
            if (push()) {
                return new PublishResult(true, null);
            }
            UpdateResult update = update(author);
            if (!update.clean()) {
                return new PublishResult(false, update);
            }
            if (!push()) {
                throw new TeamException(remoteUrl() + " moved again while publishing: publish once more");
            }
            return new PublishResult(true, update);
        } catch (GitAPIException e) {
            throw new TeamException(folder + ": publish failed: " + e.getMessage(), e);
        }
    }

    /** Pushes the branch; {@code false} when rejected because the shared repository moved. */
    private boolean push() throws TeamException {
        try {
            Iterable<PushResult> results = remote(git.push().setRemote(REMOTE), credentials)
                    .setRefSpecs(new RefSpec(Constants.R_HEADS + BRANCH + ":" + Constants.R_HEADS + BRANCH)).call();
            for (PushResult result : results) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    switch (update.getStatus()) {
                    case OK, UP_TO_DATE:
                        break;
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED:
                        return false;
                    default:
                        throw new TeamException(remoteUrl() + " refused the changes (" + update.getStatus()
                                + (update.getMessage() == null ? "" : ": " + update.getMessage())
                                + "); they are committed locally");
                    }
                }
            }
            remote(git.fetch().setRemote(REMOTE), credentials).call();
            return true;
        } catch (TransportException e) {
            throw unreachable(remoteUrl(), e, credentials);
        } catch (GitAPIException e) {
            throw new TeamException(remoteUrl() + ": publish failed: " + e.getMessage(), e);
        }
    }

    /** The published history of a file, newest first. */
    public List<Revision> history(String path) throws TeamException {
        try {
            List<Revision> revisions = new ArrayList<>();
            for (RevCommit commit : git.log().addPath(path).call()) {
                revisions.add(new Revision(commit.abbreviate(8).name(), commit.getAuthorIdent().getName(),
                        commit.getAuthorIdent().getWhenAsInstant(), commit.getShortMessage()));
            }
            return revisions;
        } catch (GitAPIException e) {
            throw new TeamException(path + ": cannot read its history: " + e.getMessage(), e);
        }
    }

    /** The file's content as last published (fetched), or {@code null} when it was never published. */
    public byte[] publishedVersion(String path) throws TeamException {
        try {
            Ref published = git.getRepository().exactRef(Constants.R_REMOTES + REMOTE + "/" + BRANCH);
            if (published == null) {
                return null;
            }
            try (RevWalk walk = new RevWalk(git.getRepository())) {
                return blob(walk.parseCommit(published.getObjectId()), path);
            }
        } catch (IOException e) {
            throw new TeamException(path + ": cannot read the published version: " + e.getMessage(), e);
        }
    }

    /**
     * Gives the planner's message to the commits an update made of local changes ({@value #LOCAL_CHANGES}) that are
     * not published yet, so the published history says what the planner wrote at Publish. The commits are made again
     * with the same trees, parents (themselves renamed where needed), authors and dates; nothing in the working tree
     * changes, and nothing published is rewritten.
     */
    private void nameLocalChanges(String message) throws TeamException {
        if (message == null || message.isBlank()) {
            return;
        }
        Repository repository = git.getRepository();
        try (RevWalk walk = new RevWalk(repository); ObjectInserter inserter = repository.newObjectInserter()) {
            ObjectId headId = repository.resolve(Constants.HEAD);
            String branch = repository.getFullBranch();
            if (headId == null || branch == null || !branch.startsWith(Constants.R_HEADS)) {
                return;
            }
            Ref published = repository.exactRef(Constants.R_REMOTES + REMOTE + "/" + BRANCH);
            RevCommit publishedCommit = published == null ? null : walk.parseCommit(published.getObjectId());
            List<RevCommit> unpublished = new ArrayList<>(); // the first-parent line down to the published history
            for (RevCommit commit = walk.parseCommit(headId); commit != null
                    && (publishedCommit == null || !walk.isMergedInto(commit, publishedCommit));) {
                unpublished.add(commit);
                commit = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
            }
            if (unpublished.stream().noneMatch(commit -> LOCAL_CHANGES.equals(commit.getFullMessage()))) {
                return;
            }
            Map<ObjectId, ObjectId> renamed = new HashMap<>();
            ObjectId newHead = headId;
            for (int i = unpublished.size() - 1; i >= 0; i--) {
                RevCommit commit = unpublished.get(i);
                boolean rename = LOCAL_CHANGES.equals(commit.getFullMessage());
                ObjectId[] parents = new ObjectId[commit.getParentCount()];
                boolean parentRenamed = false;
                for (int p = 0; p < parents.length; p++) {
                    parents[p] = renamed.getOrDefault(commit.getParent(p).getId(), commit.getParent(p).getId());
                    parentRenamed |= !parents[p].equals(commit.getParent(p).getId());
                }
                if (!rename && !parentRenamed) {
                    newHead = commit.getId();
                    continue;
                }
                CommitBuilder builder = new CommitBuilder();
                builder.setTreeId(commit.getTree().getId());
                builder.setParentIds(parents);
                builder.setAuthor(commit.getAuthorIdent());
                builder.setCommitter(commit.getCommitterIdent());
                builder.setMessage(rename ? message : commit.getFullMessage());
                newHead = inserter.insert(builder);
                renamed.put(commit.getId(), newHead);
            }
            inserter.flush();
            RefUpdate update = repository.updateRef(branch);
            update.setExpectedOldObjectId(headId);
            update.setNewObjectId(newHead);
            update.setRefLogMessage("publish: " + message, false);
            RefUpdate.Result result = update.forceUpdate();
            if (result != RefUpdate.Result.FORCED && result != RefUpdate.Result.NO_CHANGE
                    && result != RefUpdate.Result.FAST_FORWARD) {
                throw new TeamException(folder + ": cannot name the local changes '" + message + "' (" + result + ")");
            }
        } catch (IOException e) {
            throw new TeamException(folder + ": cannot name the local changes: " + e.getMessage(), e);
        }
    }

    private void commitAll(String message, String author) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        Status status = git.status().call();
        if (status.getAdded().isEmpty() && status.getChanged().isEmpty() && status.getRemoved().isEmpty()) {
            return;
        }
        var commit = git.commit().setMessage(message);
        if (author != null) {
            commit.setAuthor(author, author).setCommitter(author, author);
        }
        commit.call();
    }

    private void writeGitAttributes() throws TeamException {
        Path attributes = folder.resolve(Constants.DOT_GIT_ATTRIBUTES);
        if (Files.exists(attributes)) {
            return;
        }
        StringBuilder text = new StringBuilder("# Tandem plans merge by element: tandem-cli merge %O %A %B %P\n");
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().keySet().stream().sorted()
                .filter(extension -> PlanFiles.isPlanFile(folder.resolve("x." + extension)))
                .forEach(extension -> text.append("*.").append(extension).append(" merge=tandem\n"));
        try {
            AtomicFiles.write(attributes, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new TeamException(attributes + ": cannot write: " + e.getMessage(), e);
        }
    }

    private boolean holdsProject() throws IOException {
        Path attributes = folder.resolve(Constants.DOT_GIT_ATTRIBUTES);
        if (Files.exists(attributes) && Files.readString(attributes).contains("merge=tandem")) {
            return true;
        }
        return !PlanFiles.find(List.of(folder)).isEmpty();
    }

    private Collection<Ref> remoteHeads(String remote) throws TeamException {
        try {
            return remote(Git.lsRemoteRepository().setRemote(remote).setHeads(true), credentials)
                    .call();
        } catch (TransportException e) {
            throw unreachable(remote, e, credentials);
        } catch (GitAPIException e) {
            throw new TeamException(remote + ": " + e.getMessage(), e);
        }
    }

    /** Paths changed between two commits. */
    private Set<String> changed(RevCommit from, RevCommit to) throws IOException {
        Set<String> paths = new LinkedHashSet<>();
        try (ObjectReader reader = git.getRepository().newObjectReader()) {
            CanonicalTreeParser a = new CanonicalTreeParser();
            CanonicalTreeParser b = new CanonicalTreeParser();
            a.reset(reader, from.getTree());
            b.reset(reader, to.getTree());
            try (DiffFormatter diff = new DiffFormatter(NullOutputStream.INSTANCE)) {
                diff.setRepository(git.getRepository());
                for (DiffEntry entry : diff.scan(a, b)) {
                    if (!DiffEntry.DEV_NULL.equals(entry.getNewPath())) {
                        paths.add(entry.getNewPath());
                    }
                    if (!DiffEntry.DEV_NULL.equals(entry.getOldPath())) {
                        paths.add(entry.getOldPath());
                    }
                }
            }
        }
        return paths;
    }

    private byte[] blob(RevCommit commit, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(git.getRepository(), path, commit.getTree())) {
            return walk == null ? null : git.getRepository().open(walk.getObjectId(0)).getBytes();
        }
    }

    /** Sets the credentials (and for an ssh key, the ssh session factory) on a command that reaches the remote. */
    private static <C extends TransportCommand<C, ?>> C remote(C command, CredentialsProvider credentials)
            throws TeamException {
        if (credentials instanceof SshKey key) {
            return key.applyTo(command);
        }
        return command.setCredentialsProvider(credentials);
    }

    private static TeamException unreachable(String remote, TransportException e, CredentialsProvider credentials) {
        if (credentials instanceof SshKey key) {
            String explained = key.explain(remote, e);
            if (explained != null) {
                return new TeamException(explained, e);
            }
        } else if (SshKey.isSsh(remote)) {
            return new TeamException(remote + ": an ssh location needs a private key file", e);
        }
        String reason = e.getMessage() == null ? "no answer" : e.getMessage();
        if (reason.contains("not authorized") || reason.contains("Authentication")) {
            return new TeamException(remote + ": the user name or token was not accepted", e);
        }
        return new TeamException("cannot reach " + remote + " (" + reason + "); local changes are kept and "
                + "committed locally", e);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
