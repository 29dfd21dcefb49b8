#!lua
-- begin.lua: the first step of stage runs: skip check, then the lease, then
-- the input, for a batch of runs (of one partition on a cluster) in one
-- round trip. The script is declared with a shebang so that Redis refuses it
-- whole when it is out of memory, instead of failing it half-way.
--
-- The lease is a field of the document's state hash, "<stage>:lease", whose
-- value only the scripts write and read: "<token> <expires ms> <tries>",
-- "- 0 <tries>" when released, "" when the stage committed. tries counts
-- the runs that took the lease in this pass: attempts where the stage
-- actually ran, which Redis errors and busy rounds never raise.
--
-- Per run (k = 3*(i-1) over KEYS, a = 7*(i-1) over ARGV):
-- KEYS[k+1] output key of this stage for this input (present = done)
-- KEYS[k+2] the document's state hash
-- KEYS[k+3] the input: the previous stage's output key; the state hash again
--           when there is none to load (the first stage)
-- ARGV[a+1] the stage's field   ARGV[a+2] its done field   ARGV[a+3] its lease field
-- ARGV[a+4] this run's output key (compared with the done field)
-- ARGV[a+5] lease token   ARGV[a+6] lease ms
-- ARGV[a+7] "1" when the done field alone says done (a durable store keeps
--           outputs that expired from Redis), "" when the output must exist
--
-- Returns one reply per run:
--   1                  busy: another replica holds a live lease;
--   {0}                done: the output exists;
--   {0, stage value}   done: the output exists and the state says the stage
--                      completed with this key (its value says what it cost);
--   {-1, stage value}  done by the state alone: the output has left Redis
--                      (a durable store should hold it);
--   {tries}            leased, no input (missing, or none asked for);
--   {tries, input}     leased, with the previous output's value;
--   an error           this run only (the others of the batch go on).
local now = redis.call('TIME')
now = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local out, want, at = {}, {}, {}
local function begin(k, a)
  local vals = redis.call('HMGET', KEYS[k + 2], ARGV[a + 1], ARGV[a + 2], ARGV[a + 3])
  if redis.call('EXISTS', KEYS[k + 1]) == 1 then
    if vals[2] == ARGV[a + 4] and vals[1] then
      return {0, vals[1]}
    end
    return {0}
  end
  if ARGV[a + 7] == '1' and vals[2] == ARGV[a + 4] then
    return {-1, vals[1] or ''}
  end
  local tries = 0
  if vals[3] and vals[3] ~= '' then
    local token, expires, n = string.match(vals[3], '^(%S+) (%d+) (%d+)$')
    if token and token ~= '-' and tonumber(expires) > now then
      return 1
    end
    tries = tonumber(n) or 0
  end
  tries = tries + 1
  redis.call('HSET', KEYS[k + 2], ARGV[a + 3], ARGV[a + 5] .. ' ' .. (now + tonumber(ARGV[a + 6])) .. ' ' .. tries)
  return {tries}
end
for i = 1, #KEYS / 3 do
  local k, a = 3 * (i - 1), 7 * (i - 1)
  local ok, res = pcall(begin, k, a)
  if not ok then
    out[i] = {err = type(res) == 'table' and res.err or tostring(res)}
  else
    out[i] = res
    if type(res) == 'table' and res[1] > 0 and KEYS[k + 3] ~= KEYS[k + 2] then
      want[#want + 1], at[#at + 1] = KEYS[k + 3], i
    end
  end
end
-- The inputs of every leased run in one MGET (inside the same atomic
-- script, so after the leases is as good as with each).
if #want > 0 then
  local vals = redis.call('MGET', unpack(want))
  for j = 1, #want do
    if vals[j] then
      out[at[j]][2] = vals[j]
    end
  end
end
return out
