// A local AT Protocol network (PLC + PDS + AppView) for followsift's live Bluesky tests.
//
// Starts @atproto/dev-env's TestNetwork, seeds a small social graph around "alice" (the owner followsift
// syncs): followers, followings, a post that is replied to, mentioned, quoted, liked and reposted, plus a
// block and a mute. Writes the service URLs, credentials and the expected graph to the JSON file named by
// argv[2] (default ./network.json), then stays up until killed.
//
// Needs DB_POSTGRES_URL (and optionally DB_POSTGRES_SCHEMA) and REDIS_HOST in the environment.
import { writeFileSync, renameSync } from 'node:fs'
import { TestNetwork } from '@atproto/dev-env'

const out = process.argv[2] || new URL('./network.json', import.meta.url).pathname
const FANS = Number(process.env.FOLLOWSIFT_ATPROTO_FANS || 30)
const PASSWORD = 'hunter2-test-only'

function mentionFacet(text, handle, did) {
  const start = Buffer.byteLength(text.slice(0, text.indexOf('@' + handle)))
  const end = start + Buffer.byteLength('@' + handle)
  return [{ index: { byteStart: start, byteEnd: end }, features: [{ $type: 'app.bsky.richtext.facet#mention', did }] }]
}

async function seed(network) {
  const sc = network.getSeedClient()
  const make = async (name, displayName, description, selfLabels = []) => {
    const acct = await sc.createAccount(name, { handle: `${name}.test`, email: `${name}@test.local`, password: PASSWORD })
    const profile = { $type: 'app.bsky.actor.profile', displayName, description }
    if (selfLabels.length) {
      const values = selfLabels.map((val) => ({ val }))
      profile.labels = { $type: 'com.atproto.label.defs#selfLabels', values }
    }
    await sc.updateProfile(acct.did, profile)
    return acct.did
  }
  const alice = await make('alice', 'Alice Owner', 'Careers blogger: HR, jobs, leadership and rock music.')
  const bob = await make('bob', 'Bob Replies', 'Recruiter. Talks about hiring.')
  const carol = await make('carol', 'Carol Mentions', 'Economics teacher.')
  const dan = await make('dan', 'Dan Quotes', 'Leadership coach.')
  const eve = await make('eve', 'Eve Followed', 'Government policy analyst.')
  const troll = await make('troll', 'Troll', 'free followers here!!!')
  const noisy = await make('noisy', 'Noisy', 'posts a lot')
  // An adult account labels itself, as Bluesky requires; its bio says nothing of it.
  const peach = await make('peach', 'Peach', 'hi there, links below', ['porn'])
  const fans = []
  for (let i = 0; i < FANS; i++) fans.push(await make(`fan${String(i).padStart(3, '0')}`, `Fan ${i}`, `Fan number ${i}`))

  for (const f of [bob, carol, dan, troll, peach, ...fans]) await sc.follow(f, alice)
  for (const f of [bob, carol, eve, noisy]) await sc.follow(alice, f)
  await sc.block(alice, troll)
  await sc.mute(alice, noisy)

  const root = await sc.post(alice, 'Hiring season is here: what are you looking for in a new job?')
  await sc.post(eve, 'Policy notes for the week.')
  await sc.post(bob, 'Looking for senior engineers.')
  const reply = await sc.reply(bob, root.ref, root.ref, 'Remote work and a good manager.')
  const mentionText = 'Great thread by @alice.test on hiring.'
  const mention = await sc.post(carol, mentionText, mentionFacet(mentionText, 'alice.test', alice))
  const quote = await sc.post(dan, 'Worth reading.', undefined, undefined, root.ref)
  await sc.like(eve, root.ref)
  await sc.repost(carol, root.ref)
  await network.processAll()
  return {
    owner: { handle: 'alice.test', did: alice, password: PASSWORD },
    dids: { alice, bob, carol, dan, eve, troll, noisy, peach },
    labels: { [peach]: ['porn'] },
    followers: [bob, carol, dan, troll, peach, ...fans],
    following: [bob, carol, eve, noisy],
    blocks: [troll],
    mutes: [noisy],
    interactions: [
      { kind: 'reply', did: bob, uri: reply.ref.uriStr },
      { kind: 'mention', did: carol, uri: mention.ref.uriStr },
      { kind: 'quote', did: dan, uri: quote.ref.uriStr },
      { kind: 'like', did: eve },
      { kind: 'repost', did: carol },
      ...[bob, carol, dan, troll, peach, ...fans].map((did) => ({ kind: 'follow', did })),
    ],
  }
}

const started = Date.now()
const network = await TestNetwork.create({ dbPostgresSchema: process.env.DB_POSTGRES_SCHEMA || 'followsift_live' })
const seeded = await seed(network)
const info = {
  pid: process.pid,
  pds_url: network.pds.url,
  appview_url: network.bsky.url,
  plc_url: network.plc.url,
  started_seconds: (Date.now() - started) / 1000,
  ...seeded,
}
writeFileSync(out + '.tmp', JSON.stringify(info, null, 2))
renameSync(out + '.tmp', out) // readers never see half a file
console.log(`atproto network up: PDS ${network.pds.url}, AppView ${network.bsky.url} (${info.started_seconds}s)`)

const stop = async () => {
  await network.close().catch(() => {})
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
setInterval(() => {}, 1 << 30)
