package org.saydo.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import org.junit.jupiter.api.Test;

/** A handler is served where its {@code @OpenApi} says, and a declaration that cannot be served is refused. */
class RoutesTest {

    static final class Good {
        @OpenApi(path = "/a/{x}", methods = {HttpMethod.GET, HttpMethod.POST})
        private void a(Context ctx) {
            ctx.result("a");
        }

        void notAHandler() {
        }
    }

    static final class WrongShape {
        @OpenApi(path = "/b", methods = HttpMethod.GET)
        String b(Context ctx) {
            return "b";
        }
    }

    static final class NoMethod {
        @OpenApi(path = "/c", methods = {})
        void c(Context ctx) {
        }
    }

    static final class None {
        void d(Context ctx) {
        }
    }

    @Test
    void aHandlerIsRegisteredAtItsDeclaredPathForEachDeclaredMethod() {
        Javalin app = Javalin.create();
        Routes.register(app, new Good());
        assertThat(app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(e -> e.getEndpoint().getMethod().name() + " " + e.getEndpoint().getPath()))
                .containsExactlyInAnyOrder("GET /a/{x}", "POST /a/{x}");
    }

    @Test
    void aDeclarationThatCannotBeServedIsRefusedNamingTheMethod() {
        assertThatThrownBy(() -> Routes.register(Javalin.create(), new WrongShape()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WrongShape.b: an @OpenApi handler "
                        + "is an instance method void b(Context)");
        assertThatThrownBy(() -> Routes.register(Javalin.create(), new NoMethod()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NoMethod.c: @OpenApi(path = "
                        + "\"/c\") names no HTTP method");
        assertThatThrownBy(() -> Routes.register(Javalin.create(), new None()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("None declares no @OpenApi handler");
    }
}
