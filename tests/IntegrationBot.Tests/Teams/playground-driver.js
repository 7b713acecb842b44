// Drives the Microsoft 365 Agents Playground (Teams emulation) against the built bot, both started here.
// Run it inside a loopback-only network namespace, because the Playground phones home:
//   unshare -n sh -c 'ip link set lo up && exec node playground-driver.js BOT_DLL BOT_PORT PLAYGROUND_PORT QUESTION'
// with NODE_PATH pointing at tests/node/node_modules. It installs the app in the personal chat and asks QUESTION,
// then installs it in the team and asks CHANNEL_QUESTION in the General channel with an @mention of the bot. Prints
// one JSON object: { config, welcome, answer, teamWelcome, channelAnswer } (the bot messages after each step), and
// extensionQuery: the Playground's answer to a search message extension query for EXTENSION_SEARCH.
// Payload shapes follow the Playground's own client (@microsoft/m365agentsplayground 0.2.28):
//   GET  /_internal/v1/config                                  -> { config: { personalChat, currentUser, bot, ... } }
//   WS   /_ws_conversation/v1/conversations/stream             <- { action: "createMessage", actionConversationId, message }
//   POST /_debug/conversation/{id}/installation                -> installationUpdate "add" + conversationUpdate to the bot
//   POST /_conversation/v1/conversations/{id}/messages         { from: { id }, text, textFormat: "plain", mentions? }
//        (a message in a channel starts a thread; the bot answers in the thread's conversation)
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ws: WebSocket } = require('playwright-core/lib/utilsBundle'); // the `ws` client that playwright-core bundles

const [botDll, botPort, playgroundPort, question, channelQuestion, extensionSearch] = process.argv.slice(2);
const dotnet = process.env.DOTNET_HOST_PATH || 'dotnet';
const playgroundCli = path.join(path.dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');
const playground = `http://127.0.0.1:${playgroundPort}`;
const logs = { bot: [], playground: [] };
const children = [];

// Generous: a loaded 2-core CI machine starts .NET and node slowly.
const START_TIMEOUT_MS = 180_000;
const REPLY_TIMEOUT_MS = 90_000;
// After the first bot message, how long to keep listening so that a second (duplicate) welcome would be seen.
const QUIET_PERIOD_MS = 3_000;

// The Playground writes devTools/*.log into its working directory: keep that out of the repository.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'integrationbot-playground-'));

function start(name, command, args, env) {
  const child = spawn(command, args, { cwd: scratch, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', data => logs[name].push(data.toString()));
  child.stderr.on('data', data => logs[name].push(data.toString()));
  child.on('exit', code => logs[name].push(`[${name} exited with ${code}]`));
  children.push(child);
  return child;
}

const delay = ms => new Promise(resolve => setTimeout(resolve, ms));

async function waitFor(what, probe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const result = await probe();
      if (result) {
        return result;
      }
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await delay(250);
  }
}

async function postJson(url, body) {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`POST ${url} -> HTTP ${response.status}: ${text}`);
  }
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

async function main() {
  start('bot', dotnet, [botDll, '--urls', `http://127.0.0.1:${botPort}`], { ASPNETCORE_ENVIRONMENT: 'Production' });
  await waitFor('the bot', async () => (await fetch(`http://127.0.0.1:${botPort}/api/messages`)).status > 0, START_TIMEOUT_MS);

  start('playground', process.execPath, [playgroundCli, '-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', playgroundPort, '--dt'],
    { TEAMSAPPTESTER_BROWSER: 'none' });
  await waitFor('the Playground', async () => (await fetch(`${playground}/_debug/ping`)).ok, START_TIMEOUT_MS);
  const { config } = await (await fetch(`${playground}/_internal/v1/config`)).json();
  const chatId = config.personalChat.id;
  const team = config.teams[0];
  const generalChannelId = team.channels[0].id;

  const botMessages = [];
  const socket = new WebSocket(`ws://127.0.0.1:${playgroundPort}/_ws_conversation/v1/conversations/stream`);
  socket.on('message', data => {
    const event = JSON.parse(data.toString());
    if (event.action === 'createMessage' && event.message?.from?.id === config.bot.id) {
      botMessages.push({ conversationId: event.actionConversationId, ...event.message });
    }
  });
  await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });

  async function collectAfter(action, isComplete) {
    const before = botMessages.length;
    await action();
    await waitFor('the bot\'s reply in the Playground', () => isComplete(botMessages.slice(before)), REPLY_TIMEOUT_MS);
    await delay(QUIET_PERIOD_MS);
    return botMessages.slice(before);
  }

  const hasCard = messages => messages.some(m => (m.attachments || []).some(a => a.contentType === 'application/vnd.microsoft.card.adaptive'));
  const welcome = await collectAfter(() => postJson(`${playground}/_debug/conversation/${chatId}/installation`, {}), hasCard);
  const answer = await collectAfter(
    () => postJson(`${playground}/_conversation/v1/conversations/${chatId}/messages`, { from: { id: config.currentUser.id }, text: question, textFormat: 'plain' }),
    hasCard);

  const teamWelcome = await collectAfter(() => postJson(`${playground}/_debug/conversation/${generalChannelId}/installation`, {}), hasCard);
  const mention = `<at>${config.bot.name}</at>`;
  const channelAnswer = await collectAfter(
    () => postJson(`${playground}/_conversation/v1/conversations/${generalChannelId}/messages`, {
      from: { id: config.currentUser.id },
      text: `${mention} ${channelQuestion}`,
      textFormat: 'plain',
      mentions: [{ mentioned: { id: config.bot.id }, text: mention }],
    }),
    hasCard);

  // The search message extension, the way the Playground's compose box invokes it (POST /_conversation/v1/invoke).
  const extensionQuery = await postJson(`${playground}/_conversation/v1/invoke`, {
    name: 'composeExtension/query',
    from: { id: config.currentUser.id },
    conversation: { id: chatId },
    value: { commandId: 'synopseSuchen', parameters: [{ name: 'frage', value: extensionSearch }], queryOptions: { skip: 0, count: 10 } },
  });
  socket.close();
  process.stdout.write(JSON.stringify({ config, welcome, answer, teamWelcome, channelAnswer, extensionQuery }));
}

function stopChildren() {
  for (const child of children) {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
    }
  }
  fs.rmSync(scratch, { recursive: true, force: true });
}

main()
  .then(() => { stopChildren(); process.exit(0); })
  .catch(error => {
    process.stderr.write(`${error.stack || error}\n--- bot log ---\n${logs.bot.join('')}\n--- Playground log ---\n${logs.playground.join('')}\n`);
    stopChildren();
    process.exit(1);
  });
