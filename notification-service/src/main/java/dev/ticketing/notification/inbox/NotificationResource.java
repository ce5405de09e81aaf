package dev.ticketing.notification.inbox;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.ticketing.kit.paging.PageParams;
import dev.ticketing.kit.paging.Paging;
import dev.ticketing.kit.problem.ApiProblem;
import dev.ticketing.kit.problem.Problem;
import dev.ticketing.kit.security.CurrentUser;
import io.quarkus.security.Authenticated;

/** The caller's own in-app notifications. */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Notifications", description = "In-app notifications of the caller")
@APIResponse(responseCode = "401", description = "No valid access token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token does not allow this operation",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class NotificationResource {

    private final NotificationService notifications;
    private final CurrentUser user;

    NotificationResource(NotificationService notifications, CurrentUser user) {
        this.notifications = notifications;
        this.user = user;
    }

    @GET
    @Operation(operationId = "listNotifications", summary = "List my notifications",
            description = "The caller's notifications, newest first; sortable by createdAt.")
    @APIResponse(responseCode = "200", description = "One page of notifications",
            headers = {
                @Header(name = Paging.TOTAL_COUNT, description = "Number of matching notifications",
                        schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = "Link", description = "RFC 8288 links: first, prev, next, last")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = NotificationView.class)))
    @APIResponse(responseCode = "400", description = "unread or a paging parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response listNotifications(
            @Parameter(description = "Only unread notifications (true) or all (false, the default)",
                    schema = @Schema(type = SchemaType.BOOLEAN), example = "true")
            @QueryParam("unread") String unread,
            @Valid @BeanParam PageParams paging,
            @Context UriInfo uri) {
        return Paging.ok(notifications.list(user.id(), unreadOnly(unread), paging), uri);
    }

    /** {@code true} or {@code false} only: a lenient parse would read {@code unread=maybe} as false. */
    private static boolean unreadOnly(String unread) {
        if (unread == null || unread.isEmpty()) {
            return false;
        }
        if (!unread.equals("true") && !unread.equals("false")) {
            throw ApiProblem.badRequest("unread", "must be true or false");
        }
        return Boolean.parseBoolean(unread);
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one of my notifications as read")
    @APIResponse(responseCode = "200", description = "The notification, now read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "404", description = "No such notification of the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationView markNotificationRead(
            @Parameter(description = "Notification id") @PathParam("id") String id) {
        return notifications.markRead(user.id(), id);
    }

    @POST
    @Path("/read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all my notifications as read")
    @APIResponse(responseCode = "200", description = "How many were marked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReadAllResult.class)))
    public ReadAllResult markAllNotificationsRead() {
        return notifications.markAllRead(user.id());
    }
}
