package org.saydo.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Registers handler methods as routes from their {@link OpenApi} declaration. A handler is declared once: the
 * path and HTTP methods on its {@code @OpenApi} are where Javalin serves it, and the plugin's annotation processor
 * writes the OpenAPI document from the same annotation at compile time, so the document cannot describe a route
 * the server lacks nor miss one it has.
 *
 * <p>A handler is an instance method {@code void name(Context)} (any visibility). A path parameter that may hold a
 * slash is written {@code <name>} as Javalin spells it; the served document says {@code {name}}
 * ({@link OpenApiDocument}). Exceptions of a handler reach Javalin's exception mappers unwrapped.
 */
final class Routes {

    private Routes() {
    }

    /**
     * Adds a route to {@code app} for every {@code @OpenApi} handler method declared by {@code handlers}' class.
     *
     * @throws IllegalArgumentException naming the method when an annotated method is not a handler, or when the
     *     class declares none
     */
    static void register(Javalin app, Object handlers) {
        Objects.requireNonNull(app, "app");
        Class<?> type = Objects.requireNonNull(handlers, "handlers").getClass();
        List<Method> methods = Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(OpenApi.class))
                .sorted(Comparator.comparing((Method m) -> m.getAnnotation(OpenApi.class).path()))
                .toList();
        if (methods.isEmpty()) {
            throw new IllegalArgumentException(type.getName() + " declares no @OpenApi handler");
        }
        MethodHandles.Lookup lookup;
        try {
            lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException(type.getName() + ": cannot reach its handlers: " + e.getMessage(), e);
        }
        for (Method m : methods) {
            OpenApi api = m.getAnnotation(OpenApi.class);
            if (Modifier.isStatic(m.getModifiers()) || m.getReturnType() != void.class
                    || !Arrays.equals(m.getParameterTypes(), new Class<?>[] {Context.class})) {
                throw new IllegalArgumentException(type.getName() + "." + m.getName() + ": an @OpenApi handler is an "
                        + "instance method void " + m.getName() + "(Context)");
            }
            if (api.methods().length == 0) {
                throw new IllegalArgumentException(type.getName() + "." + m.getName() + ": @OpenApi(path = \""
                        + api.path() + "\") names no HTTP method");
            }
            MethodHandle handle;
            try {
                handle = lookup.unreflect(m).bindTo(handlers);
            } catch (IllegalAccessException e) {
                throw new IllegalArgumentException(type.getName() + "." + m.getName() + ": " + e.getMessage(), e);
            }
            for (HttpMethod method : api.methods()) {
                app.addHttpHandler(HandlerType.valueOf(method.name()), api.path(), ctx -> call(handle, ctx));
            }
        }
    }

    private static void call(MethodHandle handle, Context ctx) throws Exception {
        try {
            handle.invokeExact(ctx);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
