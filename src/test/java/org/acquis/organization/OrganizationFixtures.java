package org.acquis.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.acquis.identity.Role;
import org.acquis.identity.account.RegisterUser;
import org.acquis.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisations, their members and learner files for the tests. */
public final class OrganizationFixtures {

	public static final String PASSWORD = "Velo-Rouge-75";

	private final String base;

	private final RegisterUser registerUser;

	private final ApiClient admin;

	public OrganizationFixtures(String base, RegisterUser registerUser) {
		this.base = base;
		this.registerUser = registerUser;
		var email = "platform-" + UUID.randomUUID() + "@example.org";
		registerUser.register(new RegisterUser.Registration("Plate", "Forme", email, PASSWORD, "fr", true,
				EnumSet.of(Role.LEARNER, Role.SUPER_ADMIN)));
		this.admin = new ApiClient(base);
		assertThat(this.admin.login(email, PASSWORD).status()).isEqualTo(200);
	}

	public record User(UUID id, String email, ApiClient api) {
	}

	public User user(String firstName) {
		var email = firstName.toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
		var id = this.registerUser
			.register(RegisterUser.Registration.learner(firstName, "Martin", email, PASSWORD, "fr", true));
		var api = new ApiClient(this.base);
		assertThat(api.login(email, PASSWORD).status()).isEqualTo(200);
		return new User(id, email, api);
	}

	public ApiClient platformAdmin() {
		return this.admin;
	}

	/** A school with this UAI whose admin is the given user. */
	public String school(String uai, User administrator) {
		var created = this.admin.post("/api/admin/organizations", Map.of("name", "Collège " + uai, "type", "SCO", "uai",
				uai, "managesStudents", true, "tags", List.of()));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		var id = created.body().get("id").asString();
		addMember(id, administrator, "ADMIN");
		return id;
	}

	public void addMember(String organizationId, User user, String role) {
		var added = this.admin.post("/api/admin/organizations/" + organizationId + "/memberships",
				Map.of("userId", user.id().toString(), "role", role));
		assertThat(added.status()).as(added.raw()).isEqualTo(201);
	}

	public static String uai() {
		return String.format("%07d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L)) + "X";
	}

	public record Pupil(String ine, String lastName, String firstName, String birthDate, String division) {
	}

	public static String siecle(String uai, String encoding, List<Pupil> pupils) {
		var xml = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n<BEE_ELEVES VERSION=\"3.1\">\n")
			.append("<PARAMETRES>\n<UAJ>")
			.append(uai)
			.append("</UAJ>\n<ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE>\n</PARAMETRES>\n")
			.append("<DONNEES>\n<ELEVES>\n");
		int n = 0;
		for (var p : pupils) {
			xml.append("<ELEVE ELEVE_ID=\"").append(++n).append("\">\n");
			if (p.ine() != null) {
				xml.append("<ID_NATIONAL>").append(p.ine()).append("</ID_NATIONAL>\n");
			}
			xml.append("<NOM_DE_FAMILLE>")
				.append(p.lastName())
				.append("</NOM_DE_FAMILLE>\n")
				.append("<PRENOM>")
				.append(p.firstName())
				.append("</PRENOM>\n")
				.append("<DATE_NAISS>")
				.append(p.birthDate())
				.append("</DATE_NAISS>\n")
				.append("<CODE_SEXE>2</CODE_SEXE>\n<CODE_PAYS>100</CODE_PAYS>\n")
				.append("<CODE_COMMUNE_INSEE_NAISS>75056</CODE_COMMUNE_INSEE_NAISS>\n")
				.append("<SCOLARITE_AN_DERNIER><CODE_RNE>0750001A</CODE_RNE></SCOLARITE_AN_DERNIER>\n")
				.append("<CODE_MEF>10310019110</CODE_MEF>\n</ELEVE>\n");
		}
		xml.append("</ELEVES>\n<STRUCTURES>\n");
		n = 0;
		for (var p : pupils) {
			xml.append("<STRUCTURES_ELEVE ELEVE_ID=\"")
				.append(++n)
				.append("\">\n")
				.append("<STRUCTURE><CODE_STRUCTURE>")
				.append(p.division())
				.append("</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>\n")
				.append("<STRUCTURE><CODE_STRUCTURE>G-LATIN</CODE_STRUCTURE><TYPE_STRUCTURE>G</TYPE_STRUCTURE></STRUCTURE>\n")
				.append("</STRUCTURES_ELEVE>\n");
		}
		return xml.append("</STRUCTURES>\n</DONNEES>\n</BEE_ELEVES>\n").toString();
	}

	public static byte[] bytes(String text, String encoding) {
		return text.getBytes(Charset.forName(encoding));
	}

	public static byte[] zip(String name, byte[] content) {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	/** Uploads a learner file as a school's script would (multipart, field "file"). */
	public static ApiClient.Response upload(ApiClient api, String organizationId, String format, byte[] file) {
		var boundary = "----acquis" + UUID.randomUUID();
		var body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"eleves\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return api.send("POST", "/api/organizations/" + organizationId + "/learner-imports?format=" + format,
				"multipart/form-data; boundary=" + boundary, body.toByteArray(), Map.of());
	}

}
