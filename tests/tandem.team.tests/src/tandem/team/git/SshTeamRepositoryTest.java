package tandem.team.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sharing over ssh with a private key against a real ssh server (Apache MINA sshd on localhost) serving bare Git
 * repositories: Anna shares with a passphrase-protected key, Ben clones with his own key, both publish and update.
 */
class SshTeamRepositoryTest {

    private static final String CALENDAR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <campaign:CampaignCalendar xmlns:campaign="http://tandem.dev/campaign/1.0" id="calendar-1" name="Spring">
              <campaigns id="campaign-a" name="Alpha" startDate="2027-03-15" endDate="2027-04-30" serviceNotifiedOn="2027-01-10"/>
            </campaign:CampaignCalendar>
            """;

    @TempDir
    Path folder;

    private SshGitServer server;
    private Path annaKey;
    private Path benKey;
    private Path knownHosts;

    @BeforeEach
    void start() throws Exception {
        server = new SshGitServer(folder.resolve("server/repos"));
        annaKey = folder.resolve("anna-keys/id_rsa");
        benKey = folder.resolve("ben-keys/id_rsa");
        server.authorize(SshGitServer.writeKey(annaKey, "anna's secret").getPublic());
        server.authorize(SshGitServer.writeKey(benKey, null).getPublic());
        knownHosts = folder.resolve("tandem-ssh/known_hosts");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private Path annaProject() throws Exception {
        Path project = Files.createDirectories(folder.resolve("anna/spring"));
        Files.writeString(project.resolve("spring.campaigns"), CALENDAR);
        return project;
    }

    @Test
    void shareCloneUpdateAndPublishOverSshWithKeysRecordingTheHostKey() throws Exception {
        String url = server.create("spring.git", "git");
        SshKey anna = new SshKey(annaKey, "anna's secret".toCharArray(), knownHosts);
        SshKey ben = new SshKey(benKey, null, folder.resolve("ben-ssh/known_hosts"));
        try (TeamRepository annaRepo = TeamRepository.share(annaProject(), url, anna, "Anna");
                TeamRepository benRepo = TeamRepository.cloneProject(url, folder.resolve("ben/spring"), ben)) {
            assertTrue(Files.readString(benRepo.folder().resolve("spring.campaigns")).contains("Alpha"));

            Path plan = annaRepo.folder().resolve("spring.campaigns");
            Files.writeString(plan, Files.readString(plan).replace("Alpha", "Alpha Plus"));
            assertTrue(annaRepo.publish("Alpha is Plus", "Anna").published());

            assertTrue(benRepo.update("Ben").clean());
            assertTrue(Files.readString(benRepo.folder().resolve("spring.campaigns")).contains("Alpha Plus"));
            assertFalse(benRepo.hasLocalChanges());
        }
        String recorded = Files.readString(knownHosts);
        assertTrue(recorded.contains("[127.0.0.1]:" + server.port()), recorded);
        assertTrue(recorded.contains(PublicKeyEntry.toString(server.hostKey()).split(" ")[1]), recorded);
    }

    @Test
    void aKeyTheServerDoesNotKnowIsRefusedWithAClearMessage() throws Exception {
        String url = server.create("spring.git", "git");
        Path strangerKey = folder.resolve("stranger/id_rsa");
        SshGitServer.writeKey(strangerKey, null);
        TeamException refused = assertThrows(TeamException.class, () -> TeamRepository.share(annaProject(), url,
                new SshKey(strangerKey, null, knownHosts), "Anna"));
        assertEquals(url + ": the server refused the ssh key " + strangerKey, refused.getMessage());
    }

    @Test
    void aWrongPassphraseOrAMissingKeyFileIsNamed() throws Exception {
        String url = server.create("spring.git", "git");
        TeamException wrong = assertThrows(TeamException.class, () -> TeamRepository.cloneProject(url,
                folder.resolve("x/spring"), new SshKey(annaKey, "not it".toCharArray(), knownHosts)));
        assertEquals(annaKey + ": the passphrase does not open this ssh key", wrong.getMessage());
        TeamException none = assertThrows(TeamException.class, () -> TeamRepository.cloneProject(url,
                folder.resolve("y/spring"), new SshKey(annaKey, null, knownHosts)));
        assertEquals(annaKey + ": the passphrase does not open this ssh key", none.getMessage());
        Path missing = folder.resolve("nowhere/id_ed25519");
        TeamException absent = assertThrows(TeamException.class, () -> TeamRepository.cloneProject(url,
                folder.resolve("z/spring"), new SshKey(missing, null, knownHosts)));
        assertEquals(missing + ": the ssh key file does not exist or cannot be read", absent.getMessage());
    }

    @Test
    void aHostWhoseKeyChangedIsRefusedNamingTheFingerprintAndTheFileIsKept() throws Exception {
        String url = server.create("spring.git", "git");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair other = generator.generateKeyPair();
        Files.createDirectories(knownHosts.getParent());
        String line = "[127.0.0.1]:" + server.port() + " " + PublicKeyEntry.toString(other.getPublic()) + "\n";
        Files.writeString(knownHosts, line);
        PublicKey hostKey = server.hostKey();

        TeamException refused = assertThrows(TeamException.class, () -> TeamRepository.cloneProject(url,
                folder.resolve("ben/spring"), new SshKey(benKey, null, knownHosts)));

        assertTrue(refused.getMessage().contains("host key " + KeyUtils.getFingerPrint(hostKey)),
                refused.getMessage());
        assertTrue(refused.getMessage().contains(knownHosts.toString()), refused.getMessage());
        assertEquals(line, Files.readString(knownHosts));
    }

    @Test
    void anUnreachableHostIsNamed() throws Exception {
        TeamException unreachable = assertThrows(TeamException.class, () -> TeamRepository.cloneProject(
                "ssh://git@127.0.0.1:1/spring.git", folder.resolve("ben/spring"), new SshKey(benKey, null, knownHosts)));
        assertTrue(unreachable.getMessage().startsWith("cannot reach ssh://git@127.0.0.1:1/spring.git"),
                unreachable.getMessage());
    }

    @Test
    void sshLocationsAreRecognized() {
        assertTrue(SshKey.isSsh("ssh://git@example.org/team/spring.git"));
        assertTrue(SshKey.isSsh("git@example.org:team/spring.git"));
        assertFalse(SshKey.isSsh("https://example.org/team/spring.git"));
        assertFalse(SshKey.isSsh("/srv/git/spring.git"));
        assertFalse(SshKey.isSsh("C:\\git\\spring.git"));
        assertFalse(SshKey.isSsh("file:///srv/git/spring.git"));
    }
}
