import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  explainRefusal,
  leftAloneMarkdown,
  leftAloneText,
  prepareApply
} from "./chunk-64UPX64X.js";
import {
  readPlanFile,
  writeStepSummary
} from "./chunk-W4G7WB4O.js";
import "./chunk-CPXVJA44.js";
import "./chunk-RB62M4TY.js";
import {
  computePlan
} from "./chunk-AE4T3CUE.js";
import "./chunk-UF3C6VWZ.js";
import "./chunk-E6VEJHXT.js";
import "./chunk-GC5C2UK2.js";
import "./chunk-BSGB53MD.js";
import {
  createGitHub,
  githubContext
} from "./chunk-EIIB3RQQ.js";
import "./chunk-WMZ2HHHT.js";
import "./chunk-E26C7VYQ.js";
import "./chunk-7RJBVBG4.js";
import "./chunk-AF4CAHIT.js";
import "./chunk-PA7MRQNR.js";
import "./chunk-BKZXKTCB.js";
import {
  ReviewedPlanError,
  UsageError
} from "./chunk-4SYE6LGA.js";
import "./chunk-IHX4MFJ2.js";
import {
  forMessage,
  forTerminal
} from "./chunk-R75TXLSG.js";
import "./chunk-KNMBURMO.js";
import "./chunk-NN5INX47.js";

// src/use-cases/apply/fetch-reviewed-plan.ts
import { appendFile, readFile, rm, writeFile } from "node:fs/promises";

// src/github/reviewed-plan.ts
import { createHash } from "node:crypto";

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /* @__PURE__ */ new u8(0);
var b2 = function(d, b) {
  return d[b] | d[b + 1] << 8;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var b8 = function(d, b) {
  return b4(d, b) + b4(d, b + 4) * 4294967296;
};
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
var dutf8 = function(d) {
  for (var r = "", i2 = 0; ; ) {
    var c = d[i2++];
    var eb = (c > 127) + (c > 223) + (c > 239);
    if (i2 + eb > d.length)
      return { s: r, r: slc(d, i2 - 1) };
    if (!eb)
      r += String.fromCharCode(c);
    else if (eb == 3) {
      c = ((c & 15) << 18 | (d[i2++] & 63) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
    } else if (eb & 1)
      r += String.fromCharCode((c & 31) << 6 | d[i2++] & 63);
    else
      r += String.fromCharCode((c & 15) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63);
  }
};
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i2 = 0; i2 < dat.length; i2 += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}
var slzh = function(d, b) {
  return b + 30 + b2(d, b + 26) + b2(d, b + 28);
};
var zh = function(d, b, z) {
  var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
  var _a2 = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
  return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
var z64hs = function(d, b, l, z, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
  var nf = nsc + nsu + noff;
  if (z && nf) {
    for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
      if (b2(d, b) == 1) {
        return [
          nsc ? b8(d, b + 4 + 8 * nsu) : sc,
          nsu ? b8(d, b + 4) : su,
          noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
          1
        ];
      }
    }
    if (z < 2)
      err(13);
  }
  return [sc, su, off, 0];
};
function unzipSync(data, opts) {
  var files = {};
  var e = data.length - 22;
  for (; b4(data, e) != 101010256; --e) {
    if (!e || data.length - e > 65558)
      err(13);
  }
  ;
  var c = b2(data, e + 8);
  if (!c)
    return {};
  var o = b4(data, e + 16);
  var z = b4(data, e - 20) == 117853008;
  if (z) {
    var ze = b4(data, e - 12);
    z = b4(data, ze) == 101075792;
    if (z) {
      c = b4(data, ze + 32);
      o = b4(data, ze + 48);
    }
  }
  var fltr = opts && opts.filter;
  for (var i2 = 0; i2 < c; ++i2) {
    var _a2 = zh(data, o, z), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
    o = no;
    if (!fltr || fltr({
      name: fn,
      size: sc,
      originalSize: su,
      compression: c_2
    })) {
      if (!c_2)
        files[fn] = slc(data, b, b + sc);
      else if (c_2 == 8)
        files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
      else
        err(14, "unknown compression type " + c_2);
    }
  }
  return files;
}

// src/github/reviewed-plan.ts
var PLAN_WORKFLOW = ".github/workflows/skillops-plan.yml";
var PLAN_ARTIFACT = "skillops-plan";
var MAX_PLAN_BYTES = 64 * 1024 * 1024;
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function mergedPullRequestFor(github, query) {
  const base = await github.defaultBranch();
  const attempts = query.attempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    const all = await github.pullRequestsForCommit(query.sha);
    const merged = all.filter((p) => p.mergedAt && p.baseRef === base);
    const exact = merged.filter((p) => p.mergeCommitSha === query.sha);
    if (exact.length === 1) return exact[0];
    if (exact.length > 1)
      throw new ReviewedPlanError(
        `several merged pull requests claim ${query.sha.slice(0, 7)} (#${exact.map((p) => p.number).join(", #")}); refusing to guess which plan was reviewed`
      );
    const pending = merged.some((p) => !p.mergeCommitSha);
    if (!pending || attempt >= attempts) {
      throw new ReviewedPlanError(
        merged.length === 0 ? `no pull request merged into ${base} introduced ${query.sha.slice(0, 7)} (a direct push?). Only a reviewed plan is applied on push` : `no merged pull request has ${query.sha.slice(0, 7)} as its merge commit${pending ? ` after ${attempts} lookups (GitHub had not recorded it yet)` : ""}`
      );
    }
    await sleep(query.retryDelayMs ?? 2e3);
  }
}
async function findReviewedPlan(github, query) {
  const pr = await mergedPullRequestFor(github, query);
  const found = await reviewedPlanOf(github, pr, query, false);
  return found;
}
async function reviewedPlanOf(github, pr, query, noPlanIsNoChange) {
  const fail = (message) => new ReviewedPlanError(message, pr.number);
  const warnings = [];
  if (pr.headRepository && pr.headRepository.toLowerCase() !== query.repository.toLowerCase()) {
    throw fail(`#${pr.number} came from the fork ${forTerminal(pr.headRepository)}, whose plan runs get no secrets and whose artifacts are not trusted`);
  }
  const path = query.workflowPath ?? PLAN_WORKFLOW;
  const runs = (await github.listWorkflowRuns({ headSha: pr.headSha, event: "pull_request" })).filter(
    (r) => r.event === "pull_request" && r.path === path && r.headSha === pr.headSha && r.headRepository?.toLowerCase() === query.repository.toLowerCase()
  );
  const run = runs[0];
  if (!run) throw fail(`no ${path} run of #${pr.number} for its head commit ${pr.headSha.slice(0, 7)} was found, so there is no reviewed plan`);
  if (run.status !== "completed" || run.conclusion !== "success") {
    throw fail(
      `the last plan run of #${pr.number} for ${pr.headSha.slice(0, 7)} (${run.url}) ${run.status !== "completed" ? `is still ${forTerminal(run.status)}` : `ended ${forTerminal(run.conclusion ?? "without a conclusion")}`}, so its plan was not reviewed as a success`
    );
  }
  const name = query.artifactName ?? PLAN_ARTIFACT;
  const artifact = (await github.listRunArtifacts(run.id)).find((a) => a.name === name);
  if (!artifact && noPlanIsNoChange) return { pullRequest: pr, run, warnings };
  if (!artifact) throw fail(`the plan run ${run.url} saved no artifact named ${name}`);
  if (artifact.expired) throw fail(`the plan artifact of ${run.url} has expired`);
  const zip = await github.downloadArtifact(artifact.id);
  const digest = `sha256:${createHash("sha256").update(zip).digest("hex")}`;
  if (artifact.digest && artifact.digest !== digest)
    throw fail(`the plan artifact of ${run.url} does not match its recorded digest (${forTerminal(artifact.digest)}, downloaded ${digest})`);
  if (!artifact.digest) warnings.push(`GitHub recorded no digest for the plan artifact of ${run.url}; its content is checked by re-planning only`);
  let files;
  try {
    files = unzipSync(zip, { filter: (f) => f.name === "plan.json" && f.originalSize <= MAX_PLAN_BYTES });
  } catch (error) {
    throw fail(`the plan artifact of ${run.url} is not a readable zip archive (${error instanceof Error ? error.message : String(error)})`);
  }
  const plan = files["plan.json"];
  if (!plan) throw fail(`the plan artifact of ${run.url} holds no plan.json (or one larger than ${MAX_PLAN_BYTES} bytes)`);
  return {
    pullRequest: pr,
    run,
    artifact: { id: artifact.id, name: artifact.name, ...artifact.digest ? { digest: artifact.digest } : {} },
    planText: new TextDecoder().decode(plan),
    warnings
  };
}
var MAX_RANGE_PULL_REQUESTS = 50;
async function mergedPullRequestsInPush(github, query) {
  const { commits, complete } = await github.commitsBetween(query.before, query.after);
  if (!complete)
    throw new ReviewedPlanError(
      `the push ${query.before.slice(0, 7)}..${query.after.slice(0, 7)} holds more commits than GitHub lists at once; apply it by hand`
    );
  const bySha = new Map(commits.map((c) => [c.sha, c]));
  const line = [];
  for (let sha = query.after; sha && sha !== query.before && bySha.has(sha); sha = bySha.get(sha).parents[0]) line.push(sha);
  if (line.length > MAX_RANGE_PULL_REQUESTS)
    throw new ReviewedPlanError(
      `the push holds ${line.length} commits on ${query.after.slice(0, 7)}'s line, more than ${MAX_RANGE_PULL_REQUESTS}; apply it by hand`
    );
  const found = /* @__PURE__ */ new Map();
  const orphans = [];
  for (const sha of line.reverse()) {
    try {
      const pr = await mergedPullRequestFor(github, { ...query, sha, repository: "" });
      found.set(pr.number, pr);
    } catch (error) {
      const all = await github.pullRequestsForCommit(sha);
      if (!all.some((p) => p.mergedAt && p.mergeCommitSha && line.includes(p.mergeCommitSha))) orphans.push(sha.slice(0, 7));
      if (!(error instanceof ReviewedPlanError)) throw error;
    }
  }
  if (orphans.length > 0) {
    const prs = [...found.keys()];
    throw new ReviewedPlanError(
      `the push ${query.before.slice(0, 7)}..${query.after.slice(0, 7)} holds ${orphans.join(", ")}, which no merged pull request introduced (a direct push?). Only reviewed plans are applied on push`,
      prs.at(-1)
    );
  }
  return [...found.values()];
}
async function pullRequestsInMergeGroup(github, group) {
  const base = group.baseRef.replace(/^refs\/heads\//, "");
  const { commits, complete } = await github.commitsBetween(group.baseSha, group.headSha);
  if (!complete) throw new ReviewedPlanError(`the merge group ${group.headSha.slice(0, 7)} holds more commits than GitHub lists at once`);
  const inGroup = new Set(commits.map((c) => c.sha));
  const numbers = [...new Set((await github.mergeQueueEntries(base)).filter((e) => inGroup.has(e.sha)).map((e) => e.pullRequest))].sort((a, b) => a - b);
  if (numbers.length === 0) throw new ReviewedPlanError(`no merge queue entry of ${base} is in the merge group ${group.headSha.slice(0, 7)}`);
  const prs = [];
  for (const number of numbers) {
    const pr = await github.pullRequest(number);
    if (pr.state !== "open" || pr.baseRef !== base)
      throw new ReviewedPlanError(`#${number} is in the merge group but is not an open pull request into ${base}`, number);
    prs.push(pr);
  }
  return prs;
}

// src/use-cases/apply/union-plans.ts
var same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
function unionOfPlans(plans) {
  const [first, ...rest] = plans;
  if (!first) throw new ReviewedPlanError("no reviewed plan to apply");
  if (rest.length === 0) return first.plan;
  const owner = /* @__PURE__ */ new Map();
  for (const { pullRequest, plan } of plans) {
    if (!same(plan.origin, first.plan.origin) || !same(plan.target, first.plan.target)) {
      throw new ReviewedPlanError(
        `the plans of #${first.pullRequest} and #${pullRequest} were made for different tenants, folders or queue targets; apply them one at a time`,
        pullRequest
      );
    }
    const skills = /* @__PURE__ */ new Set([...plan.covers.map((c) => c.skillId), ...plan.queues.filter((q) => q.changes.length > 0).map((q) => q.skillId)]);
    for (const skillId of skills) {
      const other = owner.get(skillId);
      if (other !== void 0) {
        const name = plan.covers.find((c) => c.skillId === skillId)?.skillName ?? plan.queues.find((q) => q.skillId === skillId)?.skillName ?? String(skillId);
        throw new ReviewedPlanError(
          `pull requests #${other} and #${pullRequest} both change queue ${forMessage(String(name), 200)}, each reviewed without the other, so no reviewed plan says what that queue gets now`,
          pullRequest
        );
      }
      owner.set(skillId, pullRequest);
    }
  }
  const all = plans.map((p) => p.plan);
  const sum = (key) => all.reduce((n, p) => n + p.summary[key], 0);
  const queues = all.flatMap((p) => p.queues.filter((q) => owner.get(q.skillId) === plans[all.indexOf(p)].pullRequest));
  return {
    ...first.plan,
    // the earliest of them: what the union answers for is as old as its oldest part
    createdAt: all.map((p) => p.createdAt).sort()[0],
    queues,
    covers: all.flatMap((p) => p.covers),
    managedSkillIds: [...new Set(all.flatMap((p) => p.managedSkillIds))].sort((a, b) => a - b),
    summary: { add: sum("add"), update: sum("update"), remove: sum("remove"), queuesChanged: sum("queuesChanged"), pending: sum("pending") },
    warnings: all.flatMap((p) => p.warnings),
    policy: {
      ...first.plan.policy,
      ok: all.every((p) => p.policy.ok),
      forced: all.some((p) => p.policy.forced),
      violations: all.flatMap((p) => p.policy.violations),
      verdicts: all.flatMap((p) => p.policy.verdicts)
    }
  };
}

// src/use-cases/apply/fetch-reviewed-plan.ts
async function fetchReviewedPlan(options, io, warn) {
  const event = await readEvent(io.env);
  try {
    if (io.env.GITHUB_EVENT_NAME === "merge_group") return await findGroupAndSave(options, io, event);
    const before = typeof event.before === "string" && !/^0+$/.test(event.before) ? event.before : void 0;
    if (io.env.GITHUB_EVENT_NAME === "push" && before) return await findPushAndSave(options, io, before);
    const one = await findAndSave(options, io);
    return { found: [one], mode: "merge", saved: true, warnings: one.warnings };
  } catch (error) {
    if (error instanceof ReviewedPlanError && io.env.GITHUB_EVENT_NAME !== "merge_group") {
      const note = await explainRefusal(error.message, error.pullRequest, io, options.github);
      if (note) warn(note);
    }
    throw error;
  }
}
async function findAndSave(options, io) {
  const sha = io.env.GITHUB_SHA;
  if (!sha || !/^[0-9a-f]{7,64}$/i.test(sha)) throw new UsageError("GITHUB_SHA must name the pushed commit (Actions sets it on push)");
  const context = githubContext(io.env, {}, { repoFlag: false });
  const github = options.github ?? createGitHub(context, io.env);
  const repository = `${context.owner}/${context.repo}`;
  const found = await findReviewedPlan(github, {
    sha,
    repository,
    workflowPath: options.workflow ?? PLAN_WORKFLOW,
    artifactName: options.artifact ?? PLAN_ARTIFACT,
    ...options.retryDelayMs !== void 0 ? { retryDelayMs: options.retryDelayMs } : {}
  });
  await writeFile(options.out, found.planText, "utf8");
  try {
    await readPlanFile(options.out);
  } catch (error) {
    const reason = `the plan artifact of ${found.run.url} is not a usable plan: ${error instanceof Error ? error.message : String(error)}`;
    throw new ReviewedPlanError(reason, found.pullRequest.number);
  }
  const outputs = io.env.SKILLOPS_OUTPUT_FILE ?? io.env.GITHUB_OUTPUT;
  if (outputs) await appendFile(outputs, `pr=${found.pullRequest.number}
run-id=${found.run.id}
`, "utf8");
  await writeStepSummary(
    io,
    `### skillops: reviewed plan found

#${found.pullRequest.number}: plan run ${found.run.url}, artifact \`${found.artifact.name}\`${found.artifact.digest ? ` (\`${found.artifact.digest}\`)` : ""}.
`
  );
  return found;
}
async function readEvent(env) {
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    const data = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8"));
    return data && typeof data === "object" ? data : {};
  } catch {
    throw new UsageError(`GITHUB_EVENT_PATH (${env.GITHUB_EVENT_PATH}) is not a readable event file`);
  }
}
function githubFor(options, io) {
  const context = githubContext(io.env, {}, { repoFlag: false });
  return { github: options.github ?? createGitHub(context, io.env), repository: `${context.owner}/${context.repo}` };
}
async function findPushAndSave(options, io, before) {
  const after = io.env.GITHUB_SHA;
  if (!after || !/^[0-9a-f]{7,64}$/i.test(after)) throw new UsageError("GITHUB_SHA must name the pushed commit (Actions sets it on push)");
  const { github, repository } = githubFor(options, io);
  const prs = await mergedPullRequestsInPush(github, {
    before,
    after,
    ...options.retryDelayMs !== void 0 ? { retryDelayMs: options.retryDelayMs } : {}
  });
  if (prs.length <= 1) {
    const one = await findAndSave(options, io);
    return { found: [one], mode: "merge", saved: true, warnings: one.warnings };
  }
  const query = { repository, workflowPath: options.workflow ?? PLAN_WORKFLOW, artifactName: options.artifact ?? PLAN_ARTIFACT };
  const found = [];
  for (const pr of prs) found.push(await reviewedPlanOf(github, pr, query, true));
  return saveUnion(options, io, found, "push-range");
}
async function findGroupAndSave(options, io, event) {
  const group = event.merge_group ?? {};
  const valid = (v) => typeof v === "string" && /^[0-9a-f]{7,64}$/i.test(v);
  if (!valid(group.head_sha) || !valid(group.base_sha) || typeof group.base_ref !== "string")
    throw new UsageError("GITHUB_EVENT_PATH must hold a merge_group event (head_sha, base_sha, base_ref)");
  const { github, repository } = githubFor(options, io);
  const prs = await pullRequestsInMergeGroup(github, { headSha: group.head_sha, baseSha: group.base_sha, baseRef: group.base_ref });
  const query = { repository, workflowPath: options.workflow ?? PLAN_WORKFLOW, artifactName: options.artifact ?? PLAN_ARTIFACT };
  const found = [];
  for (const pr of prs) found.push(await reviewedPlanOf(github, pr, query, true));
  return saveUnion(options, io, found, "merge-group");
}
async function saveUnion(options, io, found, mode) {
  const withPlan = found.filter((f) => f.planText !== void 0);
  try {
    const plans = [];
    for (const f of withPlan) {
      await writeFile(options.out, f.planText, "utf8");
      try {
        plans.push({ pullRequest: f.pullRequest.number, plan: await readPlanFile(options.out) });
      } catch (error) {
        throw new ReviewedPlanError(
          `the plan artifact of ${f.run.url} is not a usable plan: ${error instanceof Error ? error.message : String(error)}`,
          f.pullRequest.number
        );
      }
    }
    if (plans.length > 0) await writeFile(options.out, `${JSON.stringify(unionOfPlans(plans), null, 2)}
`, "utf8");
  } catch (error) {
    await rm(options.out, { force: true });
    throw error;
  }
  const numbers = found.map((f) => f.pullRequest.number);
  const outputs = io.env.SKILLOPS_OUTPUT_FILE ?? io.env.GITHUB_OUTPUT;
  if (outputs) await appendFile(outputs, `pr=${numbers.join(",")}
run-id=${found.map((f) => f.run.id).join(",")}
`, "utf8");
  const lines = found.map(
    (f) => `- #${f.pullRequest.number}: plan run ${f.run.url}${f.planText === void 0 ? " (no skills changes: nothing to apply)" : ", artifact `skillops-plan`"}`
  );
  const what = mode === "merge-group" ? "the merge group" : "the push";
  await writeStepSummary(io, `### skillops: reviewed plans of ${what}

${lines.join("\n")}
`);
  return { found, mode, saved: withPlan.length > 0, warnings: found.flatMap((f) => f.warnings) };
}

// src/use-cases/apply/judge-merge-group.ts
async function judgeMergeGroup(options, io) {
  const abort = new AbortController();
  const prepared = await prepareApply(
    { config: options.config, planFile: options.planFile, ...options.now ? { now: options.now } : {} },
    {
      readAndPlan: (r, signal) => computePlan(
        { config: r.config, force: false, ...r.now ? { now: r.now } : {}, tuning: { abort: signal }, ...r.target ? { target: r.target } : {} },
        io
      ),
      env: io.env,
      cwd: io.cwd
    },
    abort.signal
  );
  const { add, update, remove, queuesChanged } = prepared.plan.summary;
  return { changes: add + update + remove, queues: queuesChanged, leftAlone: prepared.leftAlone ?? [] };
}

// src/cli/commands/reviewed-plan.ts
async function reviewedPlanCommand(options, io) {
  const result = await fetchReviewedPlan(options, io, (note) => io.err(`${note}
`));
  for (const w of result.warnings) io.err(`Warning: ${w}
`);
  for (const found of result.found) {
    const artifact = "artifact" in found && found.artifact ? `, artifact ${found.artifact.name}${found.artifact.digest ? ` ${found.artifact.digest}` : ""}` : " (no skills changes)";
    io.out(`Reviewed plan of #${found.pullRequest.number} (${forTerminal(found.pullRequest.title)}): run ${found.run.url}${artifact}.
`);
  }
  io.out(
    result.saved ? `Saved to ${options.out}${result.found.length > 1 ? ` (the ${result.found.length} plans together)` : ""}.
` : "No plan to apply: no pull request changed skills.\n"
  );
  if (!options.judge || !result.saved) return 0;
  const verdict = await judgeMergeGroup({ planFile: options.out, config: options.config, ...options.now ? { now: options.now } : {} }, io);
  const prs = result.found.map((f) => `#${f.pullRequest.number}`).join(", ");
  const held = `The reviewed plans of ${prs} hold on this commit: ${verdict.changes} changes in ${verdict.queues} queues, exactly as reviewed.`;
  io.out(`${held}
${leftAloneText(verdict.leftAlone)}`);
  await writeStepSummary(io, `### skillops: merge group checked

${held}
${leftAloneMarkdown(verdict.leftAlone)}`);
  return 0;
}
export {
  reviewedPlanCommand
};
