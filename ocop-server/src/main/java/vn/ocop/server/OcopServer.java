package vn.ocop.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The OCOP scoring service: {@code java -jar ocop-server/target/ocop-server.jar}. Scores on the national
 * criteria unless {@code ocop.pack.location} names a pack; every {@code ocop.*} property of the starter applies
 * ({@code --ocop.pack.location=my-pack.xlsx}, or the environment's {@code OCOP_PACK_LOCATION}).
 */
@SpringBootApplication
public class OcopServer {
    /** @param args Spring Boot's arguments ({@code --server.port=8080}, {@code --ocop.edition=…}) */
    public static void main(String[] args) {
        SpringApplication.run(OcopServer.class, args);
    }
}
