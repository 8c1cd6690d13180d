package com.example.authstarter.testing;

import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.extension.authenticator.AuthenticationExtensionAuthenticatorOutput;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A passkey made in the test, doing what a browser and an authenticator do between them: answer the
 * server's options with a registration (attestation "none") and its challenges with signed assertions. The
 * origin it claims is the test's choice, so a page of another site can be played too.
 */
public final class SoftwarePasskey {

    private static final Pattern CHALLENGE = Pattern.compile("\"challenge\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern USER_ID = Pattern.compile("\"user\"\\s*:\\s*\\{[^}]*\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final ObjectConverter CONVERTER = new ObjectConverter();

    private final KeyPair keys;
    private final byte[] credentialId = new byte[32];
    private final String rpId;
    private String userHandle;
    private long signCount;

    public SoftwarePasskey(String rpId) throws Exception {
        this.rpId = rpId;
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        this.keys = generator.generateKeyPair();
        new SecureRandom().nextBytes(credentialId);
    }

    /** What a passkey keeps between uses, to be kept with data stored by a test and used again later. */
    public record Saved(
            String rpId, String publicKey, String privateKey, String credentialId, String userHandle, long signCount) {}

    /** The same passkey again, as {@link #saved()} left it. */
    public SoftwarePasskey(Saved saved) throws Exception {
        this.rpId = saved.rpId();
        var factory = KeyFactory.getInstance("EC");
        this.keys = new KeyPair(
                factory.generatePublic(
                        new X509EncodedKeySpec(Base64.getDecoder().decode(saved.publicKey()))),
                factory.generatePrivate(
                        new PKCS8EncodedKeySpec(Base64.getDecoder().decode(saved.privateKey()))));
        var id = Base64.getUrlDecoder().decode(saved.credentialId());
        System.arraycopy(id, 0, credentialId, 0, credentialId.length);
        this.userHandle = saved.userHandle();
        this.signCount = saved.signCount();
    }

    public Saved saved() {
        var encoder = Base64.getEncoder();
        return new Saved(
                rpId,
                encoder.encodeToString(keys.getPublic().getEncoded()),
                encoder.encodeToString(keys.getPrivate().getEncoded()),
                id(),
                userHandle,
                signCount);
    }

    public String id() {
        return base64url(credentialId);
    }

    /** The body of {@code POST /webauthn/register} answering {@code optionsJson}, from a page at {@code origin}. */
    public String registration(String optionsJson, String origin, String label) throws Exception {
        userHandle = find(USER_ID, optionsJson);
        var clientData = clientData("webauthn.create", find(CHALLENGE, optionsJson), origin);
        var attested = new AttestedCredentialData(
                AAGUID.ZERO,
                credentialId,
                EC2COSEKey.create((ECPublicKey) keys.getPublic(), COSEAlgorithmIdentifier.ES256));
        var authenticatorData = new AuthenticatorData<RegistrationExtensionAuthenticatorOutput>(
                rpIdHash(),
                (byte) (AuthenticatorData.BIT_UP | AuthenticatorData.BIT_UV | AuthenticatorData.BIT_AT),
                0,
                attested);
        var attestation = CONVERTER
                .getCborConverter()
                .writeValueAsBytes(new AttestationObject(authenticatorData, new NoneAttestationStatement()));
        return """
                {"publicKey":{"credential":{"id":"%s","rawId":"%s","response":{"attestationObject":"%s",\
                "clientDataJSON":"%s","transports":["internal"]},"type":"public-key","clientExtensionResults":{},\
                "authenticatorAttachment":"platform"},"label":"%s"}}""".formatted(id(), id(), base64url(attestation), base64url(clientData), label);
    }

    /** The body of {@code POST /login/webauthn} answering {@code optionsJson}, from a page at {@code origin}. */
    public String assertion(String optionsJson, String origin) throws Exception {
        var clientData = clientData("webauthn.get", find(CHALLENGE, optionsJson), origin);
        var authenticatorData = new AuthenticatorDataConverter(CONVERTER)
                .convert(new AuthenticatorData<AuthenticationExtensionAuthenticatorOutput>(
                        rpIdHash(), (byte) (AuthenticatorData.BIT_UP | AuthenticatorData.BIT_UV), ++signCount));
        var signed = new ByteArrayOutputStream();
        signed.write(authenticatorData);
        signed.write(MessageDigest.getInstance("SHA-256").digest(clientData));
        var signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(keys.getPrivate());
        signature.update(signed.toByteArray());
        return """
                {"id":"%s","rawId":"%s","response":{"authenticatorData":"%s","clientDataJSON":"%s",\
                "signature":"%s"%s},"type":"public-key","clientExtensionResults":{},\
                "authenticatorAttachment":"platform"}""".formatted(
                        id(),
                        id(),
                        base64url(authenticatorData),
                        base64url(clientData),
                        base64url(signature.sign()),
                        // A passkey that was never registered knows no user handle.
                        userHandle == null ? "" : ",\"userHandle\":\"" + userHandle + "\"");
    }

    private byte[] rpIdHash() throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(rpId.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] clientData(String type, String challenge, String origin) {
        return ("{\"type\":\"" + type + "\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origin
                        + "\",\"crossOrigin\":false}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String find(Pattern pattern, String json) {
        var matcher = pattern.matcher(json);
        if (!matcher.find()) {
            throw new AssertionError("Not in the options: " + pattern + "\n" + json);
        }
        return matcher.group(1);
    }

    private static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
