using EchoBot;
using EchoBot.Bots;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

// Registrations as in the Bot Framework "Echo Bot" template (.NET, CloudAdapter), plus ConversationState on
// MemoryStorage. Deliberately untuned: this is the yardstick IntegrationBot is compared with.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.Services.AddHttpClient();
builder.Services.AddControllers();
builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
builder.Services.AddSingleton<IBotFrameworkHttpAdapter, AdapterWithErrorHandler>();
builder.Services.AddSingleton<IStorage, MemoryStorage>();
builder.Services.AddSingleton<ConversationState>();
builder.Services.AddTransient<IBot, EchoCardBot>();

var app = builder.Build();
app.UseRouting();
app.MapControllers();
app.MapGet("/healthz", () => "ok");
app.Run();
