using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace EchoBot.Controllers;

/// <summary>The template's controller: hands every POST /api/messages to the adapter.</summary>
[Route("api/messages")]
[ApiController]
public sealed class BotController(IBotFrameworkHttpAdapter adapter, IBot bot) : ControllerBase
{
    [HttpPost]
    [HttpGet]
    public Task PostAsync() => adapter.ProcessAsync(Request, Response, bot);
}
