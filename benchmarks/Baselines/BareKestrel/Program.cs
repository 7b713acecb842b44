// The ceiling of the load test: Kestrel and routing only, no Bot Framework and no bot logic.
// The reply has the shape of an expectReplies response so that wrk reads a comparable body.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
var app = builder.Build();

var reply = """{"activities":[{"type":"message","text":"ok"}]}"""u8.ToArray();
app.MapPost("/api/messages", (HttpContext context) =>
{
    context.Response.ContentType = "application/json; charset=utf-8";
    return context.Response.Body.WriteAsync(reply).AsTask();
});
app.MapGet("/healthz", () => "ok");

app.Run();
