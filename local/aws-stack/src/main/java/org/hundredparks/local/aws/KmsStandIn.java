package org.hundredparks.local.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AWS KMS on loopback, for the part the platform uses: asymmetric RSA signing keys, {@code GetPublicKey} and
 * {@code Sign} ({@code RSASSA_PKCS1_V1_5_SHA_256} over a digest or a raw message) in the AWS JSON 1.1 protocol
 * the AWS SDK for Java 2 speaks. Keys are made here with {@link #createSigningKey()} (in AWS the CDK stack makes
 * them) and live in memory; the private half never leaves, as in KMS.
 */
public final class KmsStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** DER DigestInfo of a SHA-256 digest, before the 32 digest bytes (PKCS #1 v1.5). */
    private static final byte[] SHA256_DIGEST_INFO = HexFormat.of().parseHex("3031300d060960864801650304020105000420");

    private HttpServer server;
    private final Map<String, KeyPair> keys = new ConcurrentHashMap<>();

    private KmsStandIn() {
    }

    public static KmsStandIn start(int port) {
        KmsStandIn kms = new KmsStandIn();
        kms.server = LoopbackServer.start(port, "kms-stand-in", Map.of("/", kms::handle));
        return kms;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A new RSA_2048 SIGN_VERIFY key; returns its ARN, as KMS names keys. */
    public String createSigningKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String arn = "arn:aws:kms:cn-north-1:" + SqsStandIn.ACCOUNT + ":key/" + UUID.randomUUID();
            keys.put(arn, generator.generateKeyPair());
            return arn;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            ObjectNode response = JSON.createObjectNode();
            int status = 200;
            KeyPair key = keys.get(request.path("KeyId").asText());
            if (key == null) {
                status = 400;
                response.put("__type", "NotFoundException").put("message", "Key '" + request.path("KeyId").asText() + "' does not exist");
            } else {
                switch (target == null ? "" : target) {
                    case "TrentService.GetPublicKey" -> response.put("KeyId", request.path("KeyId").asText())
                            .put("PublicKey", Base64.getEncoder().encodeToString(key.getPublic().getEncoded()))
                            .put("KeySpec", "RSA_2048").put("KeyUsage", "SIGN_VERIFY")
                            .set("SigningAlgorithms", JSON.createArrayNode().add("RSASSA_PKCS1_V1_5_SHA_256"));
                    case "TrentService.Sign" -> {
                        if (!"RSASSA_PKCS1_V1_5_SHA_256".equals(request.path("SigningAlgorithm").asText())) {
                            status = 400;
                            response.put("__type", "InvalidKeyUsageException").put("message", "only RSASSA_PKCS1_V1_5_SHA_256 here");
                            break;
                        }
                        byte[] message = Base64.getDecoder().decode(request.path("Message").asText());
                        response.put("KeyId", request.path("KeyId").asText()).put("SigningAlgorithm", "RSASSA_PKCS1_V1_5_SHA_256")
                                .put("Signature", Base64.getEncoder().encodeToString(sign(key, message,
                                        "DIGEST".equals(request.path("MessageType").asText("RAW")))));
                    }
                    default -> {
                        status = 400;
                        response.put("__type", "UnsupportedOperationException").put("message", "not supported by the local stand-in: " + target);
                    }
                }
            }
            byte[] bytes = JSON.writeValueAsBytes(response);
            exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
            exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private static byte[] sign(KeyPair key, byte[] message, boolean digest) {
        try {
            if (!digest) {
                Signature rsa = Signature.getInstance("SHA256withRSA");
                rsa.initSign(key.getPrivate());
                rsa.update(message);
                return rsa.sign();
            }
            byte[] digestInfo = new byte[SHA256_DIGEST_INFO.length + message.length];
            System.arraycopy(SHA256_DIGEST_INFO, 0, digestInfo, 0, SHA256_DIGEST_INFO.length);
            System.arraycopy(message, 0, digestInfo, SHA256_DIGEST_INFO.length, message.length);
            Signature rsa = Signature.getInstance("NONEwithRSA");
            rsa.initSign(key.getPrivate());
            rsa.update(digestInfo);
            return rsa.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        LoopbackServer.stop(server);
    }
}
