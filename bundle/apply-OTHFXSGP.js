import { createRequire as __skillopsCreateRequire } from 'node:module';
const require = __skillopsCreateRequire(import.meta.url);
import {
  shownPath
} from "./chunk-UI2O7OKX.js";
import {
  coveredSkillsOf,
  markedOutdated,
  outdatedNote,
  ownCommentFilter,
  partOf
} from "./chunk-67ELCMYY.js";
import {
  explainRefusal,
  leftAloneMarkdown,
  leftAloneText,
  prepareApply
} from "./chunk-64UPX64X.js";
import {
  planText,
  reportDrift
} from "./chunk-KH6U3KUX.js";
import {
  planMarkdown
} from "./chunk-33OATMI7.js";
import {
  writeStepSummary
} from "./chunk-W4G7WB4O.js";
import "./chunk-CPXVJA44.js";
import "./chunk-RB62M4TY.js";
import {
  computePlan
} from "./chunk-AE4T3CUE.js";
import {
  impactJudge,
  makePlan,
  pLimit,
  policyError,
  policyJudge,
  rereadSkills
} from "./chunk-UF3C6VWZ.js";
import "./chunk-E6VEJHXT.js";
import "./chunk-GC5C2UK2.js";
import {
  BULK_MAX_PROFICIENCY,
  axios_default,
  chunkPairs
} from "./chunk-BSGB53MD.js";
import {
  createGitHub,
  githubContext
} from "./chunk-EIIB3RQQ.js";
import "./chunk-WMZ2HHHT.js";
import {
  hasChanges
} from "./chunk-E26C7VYQ.js";
import {
  redact
} from "./chunk-7RJBVBG4.js";
import "./chunk-AF4CAHIT.js";
import {
  hasErrors,
  loadSettings,
  tenantOfSettings
} from "./chunk-PA7MRQNR.js";
import {
  isSecureOrLoopback,
  plural,
  workflowRunUrl
} from "./chunk-BKZXKTCB.js";
import {
  AuditWriteError,
  BulkWriteUnavailableError,
  CancelledError,
  ChangeWindowError,
  ConfigError,
  GitHubAccessError,
  GitHubError,
  InterruptedError,
  LockedError,
  SkillopsError,
  UsageError
} from "./chunk-4SYE6LGA.js";
import "./chunk-IHX4MFJ2.js";
import {
  forTerminal
} from "./chunk-R75TXLSG.js";
import "./chunk-KNMBURMO.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-NN5INX47.js";

// node_modules/cli-progress/lib/eta.js
var require_eta = __commonJS({
  "node_modules/cli-progress/lib/eta.js"(exports, module) {
    var ETA = class {
      constructor(length, initTime, initValue) {
        this.etaBufferLength = length || 100;
        this.valueBuffer = [initValue];
        this.timeBuffer = [initTime];
        this.eta = "0";
      }
      // add new values to calculation buffer
      update(time, value, total) {
        this.valueBuffer.push(value);
        this.timeBuffer.push(time);
        this.calculate(total - value);
      }
      // fetch estimated time
      getTime() {
        return this.eta;
      }
      // eta calculation - request number of remaining events
      calculate(remaining) {
        const currentBufferSize = this.valueBuffer.length;
        const buffer = Math.min(this.etaBufferLength, currentBufferSize);
        const v_diff = this.valueBuffer[currentBufferSize - 1] - this.valueBuffer[currentBufferSize - buffer];
        const t_diff = this.timeBuffer[currentBufferSize - 1] - this.timeBuffer[currentBufferSize - buffer];
        const vt_rate = v_diff / t_diff;
        this.valueBuffer = this.valueBuffer.slice(-this.etaBufferLength);
        this.timeBuffer = this.timeBuffer.slice(-this.etaBufferLength);
        const eta = Math.ceil(remaining / vt_rate / 1e3);
        if (isNaN(eta)) {
          this.eta = "NULL";
        } else if (!isFinite(eta)) {
          this.eta = "INF";
        } else if (eta > 1e7) {
          this.eta = "INF";
        } else if (eta < 0) {
          this.eta = 0;
        } else {
          this.eta = eta;
        }
      }
    };
    module.exports = ETA;
  }
});

// node_modules/cli-progress/lib/terminal.js
var require_terminal = __commonJS({
  "node_modules/cli-progress/lib/terminal.js"(exports, module) {
    var _readline = __require("readline");
    var Terminal = class {
      constructor(outputStream) {
        this.stream = outputStream;
        this.linewrap = true;
        this.dy = 0;
      }
      // save cursor position + settings
      cursorSave() {
        if (!this.stream.isTTY) {
          return;
        }
        this.stream.write("\x1B7");
      }
      // restore last cursor position + settings
      cursorRestore() {
        if (!this.stream.isTTY) {
          return;
        }
        this.stream.write("\x1B8");
      }
      // show/hide cursor
      cursor(enabled) {
        if (!this.stream.isTTY) {
          return;
        }
        if (enabled) {
          this.stream.write("\x1B[?25h");
        } else {
          this.stream.write("\x1B[?25l");
        }
      }
      // change cursor positionn
      cursorTo(x = null, y = null) {
        if (!this.stream.isTTY) {
          return;
        }
        _readline.cursorTo(this.stream, x, y);
      }
      // change relative cursor position
      cursorRelative(dx = null, dy = null) {
        if (!this.stream.isTTY) {
          return;
        }
        this.dy = this.dy + dy;
        _readline.moveCursor(this.stream, dx, dy);
      }
      // relative reset
      cursorRelativeReset() {
        if (!this.stream.isTTY) {
          return;
        }
        _readline.moveCursor(this.stream, 0, -this.dy);
        _readline.cursorTo(this.stream, 0, null);
        this.dy = 0;
      }
      // clear to the right from cursor
      clearRight() {
        if (!this.stream.isTTY) {
          return;
        }
        _readline.clearLine(this.stream, 1);
      }
      // clear the full line
      clearLine() {
        if (!this.stream.isTTY) {
          return;
        }
        _readline.clearLine(this.stream, 0);
      }
      // clear everyting beyond the current line
      clearBottom() {
        if (!this.stream.isTTY) {
          return;
        }
        _readline.clearScreenDown(this.stream);
      }
      // add new line; increment counter
      newline() {
        this.stream.write("\n");
        this.dy++;
      }
      // write content to output stream
      // @TODO use string-width to strip length
      write(s, rawWrite = false) {
        if (this.linewrap === true && rawWrite === false) {
          this.stream.write(s.substr(0, this.getWidth()));
        } else {
          this.stream.write(s);
        }
      }
      // control line wrapping
      lineWrapping(enabled) {
        if (!this.stream.isTTY) {
          return;
        }
        this.linewrap = enabled;
        if (enabled) {
          this.stream.write("\x1B[?7h");
        } else {
          this.stream.write("\x1B[?7l");
        }
      }
      // tty environment ?
      isTTY() {
        return this.stream.isTTY === true;
      }
      // get terminal width
      getWidth() {
        return this.stream.columns || (this.stream.isTTY ? 80 : 200);
      }
    };
    module.exports = Terminal;
  }
});

// node_modules/ansi-regex/index.js
var require_ansi_regex = __commonJS({
  "node_modules/ansi-regex/index.js"(exports, module) {
    "use strict";
    module.exports = ({ onlyFirst = false } = {}) => {
      const pattern = [
        "[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)",
        "(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))"
      ].join("|");
      return new RegExp(pattern, onlyFirst ? void 0 : "g");
    };
  }
});

// node_modules/strip-ansi/index.js
var require_strip_ansi = __commonJS({
  "node_modules/strip-ansi/index.js"(exports, module) {
    "use strict";
    var ansiRegex = require_ansi_regex();
    module.exports = (string) => typeof string === "string" ? string.replace(ansiRegex(), "") : string;
  }
});

// node_modules/is-fullwidth-code-point/index.js
var require_is_fullwidth_code_point = __commonJS({
  "node_modules/is-fullwidth-code-point/index.js"(exports, module) {
    "use strict";
    var isFullwidthCodePoint = (codePoint) => {
      if (Number.isNaN(codePoint)) {
        return false;
      }
      if (codePoint >= 4352 && (codePoint <= 4447 || // Hangul Jamo
      codePoint === 9001 || // LEFT-POINTING ANGLE BRACKET
      codePoint === 9002 || // RIGHT-POINTING ANGLE BRACKET
      // CJK Radicals Supplement .. Enclosed CJK Letters and Months
      11904 <= codePoint && codePoint <= 12871 && codePoint !== 12351 || // Enclosed CJK Letters and Months .. CJK Unified Ideographs Extension A
      12880 <= codePoint && codePoint <= 19903 || // CJK Unified Ideographs .. Yi Radicals
      19968 <= codePoint && codePoint <= 42182 || // Hangul Jamo Extended-A
      43360 <= codePoint && codePoint <= 43388 || // Hangul Syllables
      44032 <= codePoint && codePoint <= 55203 || // CJK Compatibility Ideographs
      63744 <= codePoint && codePoint <= 64255 || // Vertical Forms
      65040 <= codePoint && codePoint <= 65049 || // CJK Compatibility Forms .. Small Form Variants
      65072 <= codePoint && codePoint <= 65131 || // Halfwidth and Fullwidth Forms
      65281 <= codePoint && codePoint <= 65376 || 65504 <= codePoint && codePoint <= 65510 || // Kana Supplement
      110592 <= codePoint && codePoint <= 110593 || // Enclosed Ideographic Supplement
      127488 <= codePoint && codePoint <= 127569 || // CJK Unified Ideographs Extension B .. Tertiary Ideographic Plane
      131072 <= codePoint && codePoint <= 262141)) {
        return true;
      }
      return false;
    };
    module.exports = isFullwidthCodePoint;
    module.exports.default = isFullwidthCodePoint;
  }
});

// node_modules/emoji-regex/index.js
var require_emoji_regex = __commonJS({
  "node_modules/emoji-regex/index.js"(exports, module) {
    "use strict";
    module.exports = function() {
      return /\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62(?:\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74|\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F|\uD83D\uDC68(?:\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68\uD83C\uDFFB|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFE])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83D\uDC68|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D[\uDC66\uDC67])|[\u2695\u2696\u2708]\uFE0F|\uD83D[\uDC66\uDC67]|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|(?:\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708])\uFE0F|\uD83C\uDFFB\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C[\uDFFB-\uDFFF])|(?:\uD83E\uDDD1\uD83C\uDFFB\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)\uD83C\uDFFB|\uD83E\uDDD1(?:\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1)|(?:\uD83E\uDDD1\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB-\uDFFE])|(?:\uD83E\uDDD1\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB\uDFFC])|\uD83D\uDC69(?:\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFB\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFC-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D(?:\uD83D[\uDC68\uDC69])|\uD83D[\uDC68\uDC69])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD]))|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|(?:\uD83E\uDDD1\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB-\uDFFD])|\uD83D\uDC69\u200D\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D\uDC41\uFE0F\u200D\uD83D\uDDE8|\uD83D\uDC69(?:\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708]|\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\u200D[\u2695\u2696\u2708])|(?:(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)\uFE0F|\uD83D\uDC6F|\uD83E[\uDD3C\uDDDE\uDDDF])\u200D[\u2640\u2642]|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|\u200D[\u2640\u2642])|\uD83C\uDFF4\u200D\u2620)\uFE0F|\uD83D\uDC69\u200D\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08|\uD83D\uDC15\u200D\uD83E\uDDBA|\uD83D\uDC69\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC67|\uD83C\uDDFD\uD83C\uDDF0|\uD83C\uDDF4\uD83C\uDDF2|\uD83C\uDDF6\uD83C\uDDE6|[#\*0-9]\uFE0F\u20E3|\uD83C\uDDE7(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF])|\uD83C\uDDF9(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF])|\uD83C\uDDEA(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA])|\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF7(?:\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC])|\uD83D\uDC69(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF2(?:\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF])|\uD83C\uDDE6(?:\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF])|\uD83C\uDDF0(?:\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF])|\uD83C\uDDED(?:\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA])|\uD83C\uDDE9(?:\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF])|\uD83C\uDDFE(?:\uD83C[\uDDEA\uDDF9])|\uD83C\uDDEC(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE])|\uD83C\uDDF8(?:\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF])|\uD83C\uDDEB(?:\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7])|\uD83C\uDDF5(?:\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE])|\uD83C\uDDFB(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA])|\uD83C\uDDF3(?:\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF])|\uD83C\uDDE8(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF5\uDDF7\uDDFA-\uDDFF])|\uD83C\uDDF1(?:\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE])|\uD83C\uDDFF(?:\uD83C[\uDDE6\uDDF2\uDDFC])|\uD83C\uDDFC(?:\uD83C[\uDDEB\uDDF8])|\uD83C\uDDFA(?:\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF])|\uD83C\uDDEE(?:\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9])|\uD83C\uDDEF(?:\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5])|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:\uD83C[\uDFFB-\uDFFF])|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u261D\u270A-\u270D]|\uD83C[\uDF85\uDFC2\uDFC7]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC70\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDCAA\uDD74\uDD7A\uDD90\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1C\uDD1E\uDD1F\uDD30-\uDD36\uDDB5\uDDB6\uDDBB\uDDD2-\uDDD5])(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]|\uD83C[\uDC04\uDCCF\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF7C\uDF7E-\uDF93\uDFA0-\uDFCA\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF4\uDFF8-\uDFFF]|\uD83D[\uDC00-\uDC3E\uDC40\uDC42-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDD7A\uDD95\uDD96\uDDA4\uDDFB-\uDE4F\uDE80-\uDEC5\uDECC\uDED0-\uDED2\uDED5\uDEEB\uDEEC\uDEF4-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])|(?:[#\*0-9\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23E9-\u23F3\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB-\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u261D\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692-\u2697\u2699\u269B\u269C\u26A0\u26A1\u26AA\u26AB\u26B0\u26B1\u26BD\u26BE\u26C4\u26C5\u26C8\u26CE\u26CF\u26D1\u26D3\u26D4\u26E9\u26EA\u26F0-\u26F5\u26F7-\u26FA\u26FD\u2702\u2705\u2708-\u270D\u270F\u2712\u2714\u2716\u271D\u2721\u2728\u2733\u2734\u2744\u2747\u274C\u274E\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797\u27A1\u27B0\u27BF\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\u3030\u303D\u3297\u3299]|\uD83C[\uDC04\uDCCF\uDD70\uDD71\uDD7E\uDD7F\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE02\uDE1A\uDE2F\uDE32-\uDE3A\uDE50\uDE51\uDF00-\uDF21\uDF24-\uDF93\uDF96\uDF97\uDF99-\uDF9B\uDF9E-\uDFF0\uDFF3-\uDFF5\uDFF7-\uDFFF]|\uD83D[\uDC00-\uDCFD\uDCFF-\uDD3D\uDD49-\uDD4E\uDD50-\uDD67\uDD6F\uDD70\uDD73-\uDD7A\uDD87\uDD8A-\uDD8D\uDD90\uDD95\uDD96\uDDA4\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA-\uDE4F\uDE80-\uDEC5\uDECB-\uDED2\uDED5\uDEE0-\uDEE5\uDEE9\uDEEB\uDEEC\uDEF0\uDEF3-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])\uFE0F|(?:[\u261D\u26F9\u270A-\u270D]|\uD83C[\uDF85\uDFC2-\uDFC4\uDFC7\uDFCA-\uDFCC]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66-\uDC78\uDC7C\uDC81-\uDC83\uDC85-\uDC87\uDC8F\uDC91\uDCAA\uDD74\uDD75\uDD7A\uDD90\uDD95\uDD96\uDE45-\uDE47\uDE4B-\uDE4F\uDEA3\uDEB4-\uDEB6\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1F\uDD26\uDD30-\uDD39\uDD3C-\uDD3E\uDDB5\uDDB6\uDDB8\uDDB9\uDDBB\uDDCD-\uDDCF\uDDD1-\uDDDD])/g;
    };
  }
});

// node_modules/string-width/index.js
var require_string_width = __commonJS({
  "node_modules/string-width/index.js"(exports, module) {
    "use strict";
    var stripAnsi = require_strip_ansi();
    var isFullwidthCodePoint = require_is_fullwidth_code_point();
    var emojiRegex = require_emoji_regex();
    var stringWidth = (string) => {
      if (typeof string !== "string" || string.length === 0) {
        return 0;
      }
      string = stripAnsi(string);
      if (string.length === 0) {
        return 0;
      }
      string = string.replace(emojiRegex(), "  ");
      let width = 0;
      for (let i = 0; i < string.length; i++) {
        const code = string.codePointAt(i);
        if (code <= 31 || code >= 127 && code <= 159) {
          continue;
        }
        if (code >= 768 && code <= 879) {
          continue;
        }
        if (code > 65535) {
          i++;
        }
        width += isFullwidthCodePoint(code) ? 2 : 1;
      }
      return width;
    };
    module.exports = stringWidth;
    module.exports.default = stringWidth;
  }
});

// node_modules/cli-progress/lib/format-value.js
var require_format_value = __commonJS({
  "node_modules/cli-progress/lib/format-value.js"(exports, module) {
    module.exports = function formatValue(v, options, type) {
      if (options.autopadding !== true) {
        return v;
      }
      function autopadding(value, length) {
        return (options.autopaddingChar + value).slice(-length);
      }
      switch (type) {
        case "percentage":
          return autopadding(v, 3);
        default:
          return v;
      }
    };
  }
});

// node_modules/cli-progress/lib/format-bar.js
var require_format_bar = __commonJS({
  "node_modules/cli-progress/lib/format-bar.js"(exports, module) {
    module.exports = function formatBar(progress, options) {
      const completeSize = Math.round(progress * options.barsize);
      const incompleteSize = options.barsize - completeSize;
      return options.barCompleteString.substr(0, completeSize) + options.barGlue + options.barIncompleteString.substr(0, incompleteSize);
    };
  }
});

// node_modules/cli-progress/lib/format-time.js
var require_format_time = __commonJS({
  "node_modules/cli-progress/lib/format-time.js"(exports, module) {
    module.exports = function formatTime(t, options, roundToMultipleOf) {
      function round(input) {
        if (roundToMultipleOf) {
          return roundToMultipleOf * Math.round(input / roundToMultipleOf);
        } else {
          return input;
        }
      }
      function autopadding(v) {
        return (options.autopaddingChar + v).slice(-2);
      }
      if (t > 3600) {
        return autopadding(Math.floor(t / 3600)) + "h" + autopadding(round(t % 3600 / 60)) + "m";
      } else if (t > 60) {
        return autopadding(Math.floor(t / 60)) + "m" + autopadding(round(t % 60)) + "s";
      } else if (t > 10) {
        return autopadding(round(t)) + "s";
      } else {
        return autopadding(t) + "s";
      }
    };
  }
});

// node_modules/cli-progress/lib/formatter.js
var require_formatter = __commonJS({
  "node_modules/cli-progress/lib/formatter.js"(exports, module) {
    var _stringWidth = require_string_width();
    var _defaultFormatValue = require_format_value();
    var _defaultFormatBar = require_format_bar();
    var _defaultFormatTime = require_format_time();
    module.exports = function defaultFormatter(options, params, payload) {
      let s = options.format;
      const formatTime = options.formatTime || _defaultFormatTime;
      const formatValue = options.formatValue || _defaultFormatValue;
      const formatBar = options.formatBar || _defaultFormatBar;
      const percentage = Math.floor(params.progress * 100) + "";
      const stopTime = params.stopTime || Date.now();
      const elapsedTime = Math.round((stopTime - params.startTime) / 1e3);
      const context = Object.assign({}, payload, {
        bar: formatBar(params.progress, options),
        percentage: formatValue(percentage, options, "percentage"),
        total: formatValue(params.total, options, "total"),
        value: formatValue(params.value, options, "value"),
        eta: formatValue(params.eta, options, "eta"),
        eta_formatted: formatTime(params.eta, options, 5),
        duration: formatValue(elapsedTime, options, "duration"),
        duration_formatted: formatTime(elapsedTime, options, 1)
      });
      s = s.replace(/\{(\w+)\}/g, function(match, key3) {
        if (typeof context[key3] !== "undefined") {
          return context[key3];
        }
        return match;
      });
      const fullMargin = Math.max(0, params.maxWidth - _stringWidth(s) - 2);
      const halfMargin = Math.floor(fullMargin / 2);
      switch (options.align) {
        // fill start-of-line with whitespaces
        case "right":
          s = fullMargin > 0 ? " ".repeat(fullMargin) + s : s;
          break;
        // distribute whitespaces to left+right
        case "center":
          s = halfMargin > 0 ? " ".repeat(halfMargin) + s : s;
          break;
        // default: left align, no additional whitespaces
        case "left":
        default:
          break;
      }
      return s;
    };
  }
});

// node_modules/cli-progress/lib/options.js
var require_options = __commonJS({
  "node_modules/cli-progress/lib/options.js"(exports, module) {
    function mergeOption(v, defaultValue) {
      if (typeof v === "undefined" || v === null) {
        return defaultValue;
      } else {
        return v;
      }
    }
    module.exports = {
      // set global options
      parse: function parse(rawOptions, preset) {
        const options = {};
        const opt = Object.assign({}, preset, rawOptions);
        options.throttleTime = 1e3 / mergeOption(opt.fps, 10);
        options.stream = mergeOption(opt.stream, process.stderr);
        options.terminal = mergeOption(opt.terminal, null);
        options.clearOnComplete = mergeOption(opt.clearOnComplete, false);
        options.stopOnComplete = mergeOption(opt.stopOnComplete, false);
        options.barsize = mergeOption(opt.barsize, 40);
        options.align = mergeOption(opt.align, "left");
        options.hideCursor = mergeOption(opt.hideCursor, false);
        options.linewrap = mergeOption(opt.linewrap, false);
        options.barGlue = mergeOption(opt.barGlue, "");
        options.barCompleteChar = mergeOption(opt.barCompleteChar, "=");
        options.barIncompleteChar = mergeOption(opt.barIncompleteChar, "-");
        options.format = mergeOption(opt.format, "progress [{bar}] {percentage}% | ETA: {eta}s | {value}/{total}");
        options.formatTime = mergeOption(opt.formatTime, null);
        options.formatValue = mergeOption(opt.formatValue, null);
        options.formatBar = mergeOption(opt.formatBar, null);
        options.etaBufferLength = mergeOption(opt.etaBuffer, 10);
        options.etaAsynchronousUpdate = mergeOption(opt.etaAsynchronousUpdate, false);
        options.progressCalculationRelative = mergeOption(opt.progressCalculationRelative, false);
        options.synchronousUpdate = mergeOption(opt.synchronousUpdate, true);
        options.noTTYOutput = mergeOption(opt.noTTYOutput, false);
        options.notTTYSchedule = mergeOption(opt.notTTYSchedule, 2e3);
        options.emptyOnZero = mergeOption(opt.emptyOnZero, false);
        options.forceRedraw = mergeOption(opt.forceRedraw, false);
        options.autopadding = mergeOption(opt.autopadding, false);
        options.gracefulExit = mergeOption(opt.gracefulExit, false);
        return options;
      },
      // derived options: instance specific, has to be created for every bar element
      assignDerivedOptions: function assignDerivedOptions(options) {
        options.barCompleteString = options.barCompleteChar.repeat(options.barsize + 1);
        options.barIncompleteString = options.barIncompleteChar.repeat(options.barsize + 1);
        options.autopaddingChar = options.autopadding ? mergeOption(options.autopaddingChar, "   ") : "";
        return options;
      }
    };
  }
});

// node_modules/cli-progress/lib/generic-bar.js
var require_generic_bar = __commonJS({
  "node_modules/cli-progress/lib/generic-bar.js"(exports, module) {
    var _ETA = require_eta();
    var _Terminal = require_terminal();
    var _formatter = require_formatter();
    var _options = require_options();
    var _EventEmitter = __require("events");
    module.exports = class GenericBar extends _EventEmitter {
      constructor(options) {
        super();
        this.options = _options.assignDerivedOptions(options);
        this.terminal = this.options.terminal ? this.options.terminal : new _Terminal(this.options.stream);
        this.value = 0;
        this.startValue = 0;
        this.total = 100;
        this.lastDrawnString = null;
        this.startTime = null;
        this.stopTime = null;
        this.lastRedraw = Date.now();
        this.eta = new _ETA(this.options.etaBufferLength, 0, 0);
        this.payload = {};
        this.isActive = false;
        this.formatter = typeof this.options.format === "function" ? this.options.format : _formatter;
      }
      // internal render function
      render(forceRendering = false) {
        const params = {
          progress: this.getProgress(),
          eta: this.eta.getTime(),
          startTime: this.startTime,
          stopTime: this.stopTime,
          total: this.total,
          value: this.value,
          maxWidth: this.terminal.getWidth()
        };
        if (this.options.etaAsynchronousUpdate) {
          this.updateETA();
        }
        const s = this.formatter(this.options, params, this.payload);
        const forceRedraw = forceRendering || this.options.forceRedraw || this.options.noTTYOutput && !this.terminal.isTTY();
        if (forceRedraw || this.lastDrawnString != s) {
          this.emit("redraw-pre");
          this.terminal.cursorTo(0, null);
          this.terminal.write(s);
          this.terminal.clearRight();
          this.lastDrawnString = s;
          this.lastRedraw = Date.now();
          this.emit("redraw-post");
        }
      }
      // start the progress bar
      start(total, startValue, payload) {
        this.value = startValue || 0;
        this.total = typeof total !== "undefined" && total >= 0 ? total : 100;
        this.startValue = startValue || 0;
        this.payload = payload || {};
        this.startTime = Date.now();
        this.stopTime = null;
        this.lastDrawnString = "";
        this.eta = new _ETA(this.options.etaBufferLength, this.startTime, this.value);
        this.isActive = true;
        this.emit("start", total, startValue);
      }
      // stop the bar
      stop() {
        this.isActive = false;
        this.stopTime = Date.now();
        this.emit("stop", this.total, this.value);
      }
      // update the bar value
      // update(value, payload)
      // update(payload)
      update(arg0, arg1 = {}) {
        if (typeof arg0 === "number") {
          this.value = arg0;
          this.eta.update(Date.now(), arg0, this.total);
        }
        const payloadData = (typeof arg0 === "object" ? arg0 : arg1) || {};
        this.emit("update", this.total, this.value);
        for (const key3 in payloadData) {
          this.payload[key3] = payloadData[key3];
        }
        if (this.value >= this.getTotal() && this.options.stopOnComplete) {
          this.stop();
        }
      }
      // calculate the actual progress value
      getProgress() {
        let progress = this.value / this.total;
        if (this.options.progressCalculationRelative) {
          progress = (this.value - this.startValue) / (this.total - this.startValue);
        }
        if (isNaN(progress)) {
          progress = this.options && this.options.emptyOnZero ? 0 : 1;
        }
        progress = Math.min(Math.max(progress, 0), 1);
        return progress;
      }
      // update the bar value
      // increment(delta, payload)
      // increment(payload)
      increment(arg0 = 1, arg1 = {}) {
        if (typeof arg0 === "object") {
          this.update(this.value + 1, arg0);
        } else {
          this.update(this.value + arg0, arg1);
        }
      }
      // get the total (limit) value
      getTotal() {
        return this.total;
      }
      // set the total (limit) value
      setTotal(total) {
        if (typeof total !== "undefined" && total >= 0) {
          this.total = total;
        }
      }
      // force eta calculation update (long running processes)
      updateETA() {
        this.eta.update(Date.now(), this.value, this.total);
      }
    };
  }
});

// node_modules/cli-progress/lib/single-bar.js
var require_single_bar = __commonJS({
  "node_modules/cli-progress/lib/single-bar.js"(exports, module) {
    var _GenericBar = require_generic_bar();
    var _options = require_options();
    module.exports = class SingleBar extends _GenericBar {
      constructor(options, preset) {
        super(_options.parse(options, preset));
        this.timer = null;
        if (this.options.noTTYOutput && this.terminal.isTTY() === false) {
          this.options.synchronousUpdate = false;
        }
        this.schedulingRate = this.terminal.isTTY() ? this.options.throttleTime : this.options.notTTYSchedule;
        this.sigintCallback = null;
      }
      // internal render function
      render() {
        if (this.timer) {
          clearTimeout(this.timer);
          this.timer = null;
        }
        super.render();
        if (this.options.noTTYOutput && this.terminal.isTTY() === false) {
          this.terminal.newline();
        }
        this.timer = setTimeout(this.render.bind(this), this.schedulingRate);
      }
      update(current, payload) {
        if (!this.timer) {
          return;
        }
        super.update(current, payload);
        if (this.options.synchronousUpdate && this.lastRedraw + this.options.throttleTime * 2 < Date.now()) {
          this.render();
        }
      }
      // start the progress bar
      start(total, startValue, payload) {
        if (this.options.noTTYOutput === false && this.terminal.isTTY() === false) {
          return;
        }
        if (this.sigintCallback === null && this.options.gracefulExit) {
          this.sigintCallback = this.stop.bind(this);
          process.once("SIGINT", this.sigintCallback);
          process.once("SIGTERM", this.sigintCallback);
        }
        this.terminal.cursorSave();
        if (this.options.hideCursor === true) {
          this.terminal.cursor(false);
        }
        if (this.options.linewrap === false) {
          this.terminal.lineWrapping(false);
        }
        super.start(total, startValue, payload);
        this.render();
      }
      // stop the bar
      stop() {
        if (!this.timer) {
          return;
        }
        if (this.sigintCallback) {
          process.removeListener("SIGINT", this.sigintCallback);
          process.removeListener("SIGTERM", this.sigintCallback);
          this.sigintCallback = null;
        }
        this.render();
        super.stop();
        clearTimeout(this.timer);
        this.timer = null;
        if (this.options.hideCursor === true) {
          this.terminal.cursor(true);
        }
        if (this.options.linewrap === false) {
          this.terminal.lineWrapping(true);
        }
        this.terminal.cursorRestore();
        if (this.options.clearOnComplete) {
          this.terminal.cursorTo(0, null);
          this.terminal.clearLine();
        } else {
          this.terminal.newline();
        }
      }
    };
  }
});

// node_modules/cli-progress/lib/multi-bar.js
var require_multi_bar = __commonJS({
  "node_modules/cli-progress/lib/multi-bar.js"(exports, module) {
    var _Terminal = require_terminal();
    var _BarElement = require_generic_bar();
    var _options = require_options();
    var _EventEmitter = __require("events");
    module.exports = class MultiBar extends _EventEmitter {
      constructor(options, preset) {
        super();
        this.bars = [];
        this.options = _options.parse(options, preset);
        this.options.synchronousUpdate = false;
        this.terminal = this.options.terminal ? this.options.terminal : new _Terminal(this.options.stream);
        this.timer = null;
        this.isActive = false;
        this.schedulingRate = this.terminal.isTTY() ? this.options.throttleTime : this.options.notTTYSchedule;
        this.loggingBuffer = [];
        this.sigintCallback = null;
      }
      // add a new bar to the stack
      create(total, startValue, payload, barOptions = {}) {
        const bar = new _BarElement(Object.assign(
          {},
          // global options
          this.options,
          // terminal instance
          {
            terminal: this.terminal
          },
          // overrides
          barOptions
        ));
        this.bars.push(bar);
        if (this.options.noTTYOutput === false && this.terminal.isTTY() === false) {
          return bar;
        }
        if (this.sigintCallback === null && this.options.gracefulExit) {
          this.sigintCallback = this.stop.bind(this);
          process.once("SIGINT", this.sigintCallback);
          process.once("SIGTERM", this.sigintCallback);
        }
        if (!this.isActive) {
          if (this.options.hideCursor === true) {
            this.terminal.cursor(false);
          }
          if (this.options.linewrap === false) {
            this.terminal.lineWrapping(false);
          }
          this.timer = setTimeout(this.update.bind(this), this.schedulingRate);
        }
        this.isActive = true;
        bar.start(total, startValue, payload);
        this.emit("start");
        return bar;
      }
      // remove a bar from the stack
      remove(bar) {
        const index = this.bars.indexOf(bar);
        if (index < 0) {
          return false;
        }
        this.bars.splice(index, 1);
        this.update();
        this.terminal.newline();
        this.terminal.clearBottom();
        return true;
      }
      // internal update routine
      update() {
        if (this.timer) {
          clearTimeout(this.timer);
          this.timer = null;
        }
        this.emit("update-pre");
        this.terminal.cursorRelativeReset();
        this.emit("redraw-pre");
        if (this.loggingBuffer.length > 0) {
          this.terminal.clearLine();
          while (this.loggingBuffer.length > 0) {
            this.terminal.write(this.loggingBuffer.shift(), true);
          }
        }
        for (let i = 0; i < this.bars.length; i++) {
          if (i > 0) {
            this.terminal.newline();
          }
          this.bars[i].render();
        }
        this.emit("redraw-post");
        if (this.options.noTTYOutput && this.terminal.isTTY() === false) {
          this.terminal.newline();
          this.terminal.newline();
        }
        this.timer = setTimeout(this.update.bind(this), this.schedulingRate);
        this.emit("update-post");
        if (this.options.stopOnComplete && !this.bars.find((bar) => bar.isActive)) {
          this.stop();
        }
      }
      stop() {
        clearTimeout(this.timer);
        this.timer = null;
        if (this.sigintCallback) {
          process.removeListener("SIGINT", this.sigintCallback);
          process.removeListener("SIGTERM", this.sigintCallback);
          this.sigintCallback = null;
        }
        this.isActive = false;
        if (this.options.hideCursor === true) {
          this.terminal.cursor(true);
        }
        if (this.options.linewrap === false) {
          this.terminal.lineWrapping(true);
        }
        this.terminal.cursorRelativeReset();
        this.emit("stop-pre-clear");
        if (this.options.clearOnComplete) {
          this.terminal.clearBottom();
        } else {
          for (let i = 0; i < this.bars.length; i++) {
            if (i > 0) {
              this.terminal.newline();
            }
            this.bars[i].render();
            this.bars[i].stop();
          }
          this.terminal.newline();
        }
        this.emit("stop");
      }
      log(s) {
        this.loggingBuffer.push(s);
      }
    };
  }
});

// node_modules/cli-progress/presets/legacy.js
var require_legacy = __commonJS({
  "node_modules/cli-progress/presets/legacy.js"(exports, module) {
    module.exports = {
      format: "progress [{bar}] {percentage}% | ETA: {eta}s | {value}/{total}",
      barCompleteChar: "=",
      barIncompleteChar: "-"
    };
  }
});

// node_modules/cli-progress/presets/shades-classic.js
var require_shades_classic = __commonJS({
  "node_modules/cli-progress/presets/shades-classic.js"(exports, module) {
    module.exports = {
      format: " {bar} {percentage}% | ETA: {eta}s | {value}/{total}",
      barCompleteChar: "█",
      barIncompleteChar: "░"
    };
  }
});

// node_modules/cli-progress/presets/shades-grey.js
var require_shades_grey = __commonJS({
  "node_modules/cli-progress/presets/shades-grey.js"(exports, module) {
    module.exports = {
      format: " \x1B[90m{bar}\x1B[0m {percentage}% | ETA: {eta}s | {value}/{total}",
      barCompleteChar: "█",
      barIncompleteChar: "░"
    };
  }
});

// node_modules/cli-progress/presets/rect.js
var require_rect = __commonJS({
  "node_modules/cli-progress/presets/rect.js"(exports, module) {
    module.exports = {
      format: " {bar}■ {percentage}% | ETA: {eta}s | {value}/{total}",
      barCompleteChar: "■",
      barIncompleteChar: " "
    };
  }
});

// node_modules/cli-progress/presets/index.js
var require_presets = __commonJS({
  "node_modules/cli-progress/presets/index.js"(exports, module) {
    var _legacy = require_legacy();
    var _shades_classic = require_shades_classic();
    var _shades_grey = require_shades_grey();
    var _rect = require_rect();
    module.exports = {
      legacy: _legacy,
      shades_classic: _shades_classic,
      shades_grey: _shades_grey,
      rect: _rect
    };
  }
});

// node_modules/cli-progress/cli-progress.js
var require_cli_progress = __commonJS({
  "node_modules/cli-progress/cli-progress.js"(exports, module) {
    var _SingleBar = require_single_bar();
    var _MultiBar = require_multi_bar();
    var _Presets = require_presets();
    var _Formatter = require_formatter();
    var _defaultFormatValue = require_format_value();
    var _defaultFormatBar = require_format_bar();
    var _defaultFormatTime = require_format_time();
    module.exports = {
      Bar: _SingleBar,
      SingleBar: _SingleBar,
      MultiBar: _MultiBar,
      Presets: _Presets,
      Format: {
        Formatter: _Formatter,
        BarFormat: _defaultFormatBar,
        ValueFormat: _defaultFormatValue,
        TimeFormat: _defaultFormatTime
      }
    };
  }
});

// src/render/apply-json.ts
var APPLY_OUTPUT_FORMAT = "skillops-apply/1";
function applyJson(outcome) {
  if (outcome.status === "stopped") {
    const audit = outcome.audit ? outcome.audit.written ? { auditRecordPath: outcome.audit.path } : { auditRecordError: outcome.audit.error } : {};
    return `${JSON.stringify({ format: APPLY_OUTPUT_FORMAT, status: outcome.status, stopped: { signal: outcome.signal, phase: outcome.phase, ...audit } }, null, 2)}
`;
  }
  const { plan, source } = outcome;
  const document = {
    format: APPLY_OUTPUT_FORMAT,
    status: outcome.status,
    plan: {
      source,
      effectiveDate: plan.effectiveDate,
      desiredHash: plan.desiredHash,
      liveFingerprint: plan.liveFingerprint,
      summary: plan.summary,
      ...plan.target ? { target: plan.target } : {}
    },
    ...outcome.status === "finished" ? {
      ...outcome.audit.written ? { auditRecordPath: outcome.audit.path } : { auditRecordError: outcome.audit.error },
      ...outcome.commit ? { auditCommit: outcome.commit } : {},
      record: outcome.record
    } : {}
  };
  return `${JSON.stringify(document, null, 2)}
`;
}

// src/render/apply-text.ts
import path from "node:path";
var MAX_LISTED = 50;
var MAX_QUEUES = 20;
function applyText(outcome, { color, cwd }) {
  if (outcome.status === "no-changes") {
    return `${outcome.source === "saved" ? "No changes. Live CXone matches skills/.\n" : ""}Nothing to apply; no audit record written.
`;
  }
  if (outcome.status === "cancelled") return "Apply cancelled. Nothing was changed.\n";
  if (outcome.status === "stopped") {
    const where = outcome.phase === "read" ? "while reading live CXone" : "before confirmation";
    const kept = outcome.audit?.written ? `Audit record: ${shownPath(outcome.audit.path, cwd)}
` : "";
    return `Apply stopped by ${outcome.signal} ${where}. Nothing was changed.
${kept}`;
  }
  const { counts, verification, webhook, interrupted, plan } = outcome;
  const out = [];
  out.push(
    `
${color.bold(`Apply ${interrupted ? "interrupted" : "complete"}: ${counts.applied} applied, ${counts.failed} failed, ${counts.unknown > 0 ? `${counts.unknown} unknown (sent, no answer before shutdown), ` : ""}${counts.notAttempted} not attempted.`)}
`
  );
  out.push(overrideText(outcome, color));
  const failures = outcome.results.filter((r) => r.status !== "applied");
  const skillName = new Map(plan.queues.map((q) => [q.skillId, q.skillName]));
  const listed = failures.filter((r) => r.status !== "not-attempted");
  if (listed.length > 0) {
    out.push(color.red.bold("\nNot applied:\n"));
    for (const f of listed.slice(0, MAX_LISTED)) {
      out.push(
        color.red(
          `  ${f.change.action.padEnd(6)} ${forTerminal(skillName.get(f.change.skillId) ?? String(f.change.skillId))} / ${forTerminal(f.change.userName)} (${f.change.agentId}): ${forTerminal(f.error ?? f.status)}
`
        )
      );
    }
    if (listed.length > MAX_LISTED) out.push(color.red(`  … and ${listed.length - MAX_LISTED} more; every one is in the audit record
`));
  }
  const unsent = /* @__PURE__ */ new Map();
  for (const f of failures) if (f.status === "not-attempted") unsent.set(f.change.skillId, (unsent.get(f.change.skillId) ?? 0) + 1);
  if (unsent.size > 0) {
    const rows = [...unsent].sort((a, b) => b[1] - a[1]);
    out.push(
      color.yellow(
        `
Not attempted (never sent; the next apply plans them again): ${plural(counts.notAttempted, "change")} in ${plural(unsent.size, "queue")}
`
      )
    );
    for (const [skillId, n] of rows.slice(0, MAX_QUEUES)) out.push(color.yellow(`  ${forTerminal(skillName.get(skillId) ?? String(skillId))}: ${n}
`));
    if (rows.length > MAX_QUEUES) out.push(color.yellow(`  … and ${rows.length - MAX_QUEUES} more queues
`));
  }
  if ("unexpected" in verification && verification.unexpected.length > 0) {
    out.push(color.red.bold("\nVerification found differences nobody reported:\n"));
    for (const u of verification.unexpected) out.push(color.red(`  ${forTerminal(u)}
`));
  } else if ("skipped" in verification && !interrupted) {
    out.push(color.red(`Not verified: ${forTerminal(verification.skipped ?? "")}
`));
  } else if (!interrupted) {
    const reread = plural("checkedSkills" in verification ? verification.checkedSkills : 0, "skill");
    out.push(
      `Verified: ${failures.length === 0 && verification.ok ? "live CXone now matches skills/" : `live CXone differs from skills/ only by the ${plural(failures.length, "failure")} above`} (${reread} re-read).
`
    );
  }
  out.push(
    `Webhook: ${webhook.delivered ? `delivered to ${webhook.url}` : webhook.skipped ? `skipped (${webhook.skipped})` : `FAILED (${webhook.error}); recorded in the audit record`}
`
  );
  if (outcome.audit.written) out.push(`Audit record: ${shownPath(outcome.audit.path, cwd)}
`);
  if (failures.length > 0 && !interrupted) out.push("Run `skillops apply` again after fixing the cause: it plans from live state, so it converges.\n");
  if (outcome.commit?.committed) {
    const c = outcome.commit;
    out.push(
      `Audit record committed to ${c.branch} as ${c.path} (${c.sha.slice(0, 7)}${c.attempts > 1 ? `, after ${c.attempts} attempts: the branch moved meanwhile` : ""}).
`
    );
  }
  return out.join("");
}
function overrideText(outcome, color) {
  const policy = outcome.record.policy;
  const overridden = [policy.forced ? "safety thresholds" : "", policy.window?.forced ? "the change window" : ""].filter(Boolean);
  if (overridden.length === 0) return "";
  return color.yellow(`Overrode ${overridden.join(" and ")}: ${forTerminal(policy.reason ?? "(no reason)")} (kept in the audit record)
`);
}
function unfinishedRunsText(runs, auditDir, cwd) {
  if (runs.length === 0) return "";
  const lines = [
    `Found ${runs.length} earlier ${runs.length === 1 ? "apply" : "applies"} that did not finish (killed?); live CXone is read again, so this run converges over ${runs.length === 1 ? "it" : "them"}:`
  ];
  for (const r of runs) {
    const unknown = r.unknown > 0 ? `, ${r.unknown} UNKNOWN (outcome not recorded)` : "";
    lines.push(
      `  ${shownPath(path.join(auditDir, r.journal), cwd)}: started ${r.startedAt} by ${forTerminal(r.actor)}${r.stopping ? `, was stopping (${forTerminal(r.stopping)})` : ""}; ${r.intended} intended: ${r.applied} applied, ${r.failed} failed${unknown}, ${r.notSent} not sent`
    );
  }
  lines.push("This run links them in its audit record.");
  return `${lines.join("\n")}
`;
}
function auditNotWrittenText(outcome) {
  if (!outcome.audit || outcome.audit.written) return "";
  return `Could not write the audit record under ${outcome.audit.directory} (${outcome.audit.error}); here it is:
${JSON.stringify(outcome.record, null, 2)}
`;
}
function auditCommitFailedText(outcome) {
  if (!outcome.commit || outcome.commit.committed) return "";
  const kept = outcome.audit.written ? `${outcome.audit.path}, ` : "";
  return `The audit record could not be committed (${outcome.commit.error}). The changes above WERE applied; the record is kept in ${kept}the job summary and the workflow artifact (exit code 3).
`;
}
function applySummaryMarkdown(outcome) {
  const { counts, verification, webhook, record } = outcome;
  const failures = outcome.results.some((r) => r.status !== "applied");
  const commitFailed = outcome.commit !== void 0 && !outcome.commit.committed;
  return [
    `### skillops apply: ${record.outcome}`,
    "",
    `${counts.applied} applied, ${counts.failed} failed, ${counts.unknown > 0 ? `${counts.unknown} unknown, ` : ""}${counts.notAttempted} not attempted; verification ${verification.ok ? "passed" : "did not pass"}; webhook ${webhook.delivered ? "delivered" : webhook.skipped ? "skipped" : "failed"}.`,
    ...outcome.audit.written ? [] : ["", `**The audit record could not be written (${outcome.audit.error}); it is below.**`],
    ...commitFailed || failures || !outcome.audit.written ? ["", "<details><summary>Audit record</summary>", "", "```json", JSON.stringify(record, null, 2), "```", "", "</details>"] : []
  ].join("\n");
}
function tenantOf(plan) {
  const origin = plan.origin;
  const where = [origin?.tenantId ? `tenant ${forTerminal(origin.tenantId)}` : void 0, origin?.apiBase ? forTerminal(origin.apiBase) : void 0].filter(Boolean).join(" at ");
  return `CXone${where ? ` (${where})` : ""}`;
}

// src/render/scheduled-text.ts
function scheduledText(s) {
  const head = `Scheduled run: ${plural(s.due, "change")} made due by from/until dates; ${plural(s.drift.length, "other difference")} (drift).
`;
  if (s.drift.length === 0) return head;
  const verb = s.selfHeal ? "Reverted (schedule.selfHeal is on)" : "Left in place for review (schedule.selfHeal is off)";
  return `${head}${verb}:
${s.drift.map((d) => `  ${forTerminal(d)}
`).join("")}`;
}
function scheduledDriftMarkdown(s) {
  const action = s.selfHeal ? "schedule.selfHeal is on, so this run reverted them to match `skills/`." : "They were **left in place**: a scheduled run applies only changes that `from`/`until` dates made due. Review them: update `skills/` in a pull request to keep them, or run the apply workflow (workflow_dispatch) to revert them.";
  return [
    `### skillops scheduled apply: ${plural(s.due, "due change")}, ${plural(s.drift.length, "drift difference")}`,
    "",
    ...s.drift.length ? [`Live CXone differs from \`skills/\` in ways no date explains. ${action}`, "", planMarkdown(s.driftPlan)] : ["No drift."]
  ].join("\n");
}

// src/terminal/progress.ts
var import_cli_progress = __toESM(require_cli_progress(), 1);
function progressFor(io, total, label) {
  if (io.isTTY && total > 1) {
    const bar = new import_cli_progress.default.SingleBar(
      { format: `${label} [{bar}] {value}/{total} batches`, stream: process.stderr, hideCursor: true, clearOnComplete: false },
      import_cli_progress.default.Presets.shades_classic
    );
    const showCursor = () => process.stderr.write("\x1B[?25h");
    process.once("exit", showCursor);
    bar.start(total, 0);
    return {
      update: (done) => bar.update(done),
      stop: () => {
        bar.stop();
        process.removeListener("exit", showCursor);
      }
    };
  }
  let lastShown = 0;
  return {
    update(done, all) {
      if (done === all || done - lastShown >= Math.max(1, Math.ceil(all / 10))) {
        lastShown = done;
        io.out(`${label}: ${done}/${all} batches
`);
      }
    },
    stop() {
    }
  };
}

// src/use-cases/apply/apply-from-repository.ts
import path12 from "node:path";

// src/use-cases/comment/mark-outdated-plans.ts
async function markOutdatedPlans(github, applied, own) {
  const result = { checked: 0, marked: [] };
  if (applied.changed.size === 0) return result;
  for (const pr of await github.openPullRequests(applied.branch)) {
    if (applied.pullRequests.includes(pr)) continue;
    result.checked++;
    const first = (await github.listComments(pr)).filter(own).find((c) => partOf(c.body) === 1);
    if (!first) continue;
    const queues = coveredSkillsOf(first.body).filter((id) => applied.changed.has(id)).map((id) => applied.changed.get(id));
    if (queues.length === 0) continue;
    const note = outdatedNote({ branch: applied.branch, commit: applied.commit, queues, pullRequests: applied.pullRequests });
    await github.updateComment(first.id, markedOutdated(first.body, note));
    result.marked.push({ pullRequest: pr, queues });
  }
  return result;
}

// src/use-cases/drift/report-scheduled-drift.ts
async function reportScheduledDrift(s, io, given, tenant) {
  const markdown = scheduledDriftMarkdown(s);
  await writeStepSummary(io, markdown);
  if (!given && !(io.env.GITHUB_TOKEN && io.env.GITHUB_REPOSITORY)) return {};
  const remaining = !s.selfHeal && s.drift.length > 0;
  try {
    const github = given ?? createGitHub(githubContext(io.env, {}, { repoFlag: false }), io.env);
    const result = await reportDrift(github, remaining, markdown, void 0, tenant);
    return result.action === "none" ? {} : { issue: result };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

// src/use-cases/apply/apply-options.ts
function checkedApplyOptions(options, env) {
  if (options.reason === void 0 && env.SKILLOPS_REASON?.trim()) options = { ...options, reason: env.SKILLOPS_REASON };
  if (options.format === "json" && !options.autoApprove && !options.planFile)
    throw new UsageError("apply --format json needs --auto-approve or a saved plan (it never asks for confirmation)");
  const forcing = [options.force ? "--force" : "", options.forceWindow ? "--force-window" : ""].filter(Boolean);
  if (forcing.length > 0 && !options.reason?.trim()) {
    throw new UsageError(`${forcing.join(" and ")} needs --reason "why": the reason goes into the audit record`);
  }
  checkApplyOptions(options);
  checkApplyOptions(options);
  return options;
}
function checkApplyOptions(options) {
  if (options.scheduled && options.planFile) throw new UsageError("--scheduled plans afresh to find what is due; it does not take a saved plan");
  if (options.pr !== void 0 && !options.planFile)
    throw new UsageError("--pr explains a refused reviewed plan on its pull request; pass the plan file too (skillops apply plan.json --pr N)");
  if (options.forceUnlock !== void 0 && !/^[0-9a-f]{8}$/.test(options.forceUnlock))
    throw new UsageError(`--force-unlock takes the 8-character lock id the refusal names, not "${options.forceUnlock}"`);
}

// src/use-cases/apply/locked-apply.ts
import path11 from "node:path";

// src/audit/who.ts
import { execFile } from "node:child_process";
import { userInfo } from "node:os";
import { promisify } from "node:util";
var run = promisify(execFile);
async function whoFromEnvironment(env, cwd, desiredPaths = ["skills", "skillops.yaml"]) {
  let commit = env.GITHUB_SHA;
  if (!commit) {
    try {
      commit = (await run("git", ["rev-parse", "HEAD"], { cwd, timeout: 5e3 })).stdout.trim() || void 0;
    } catch {
      commit = void 0;
    }
  }
  const uncommitted = commit ? await uncommittedChanges(cwd, desiredPaths) : void 0;
  let actor = env.GITHUB_ACTOR;
  if (!actor) {
    try {
      actor = userInfo().username;
    } catch {
      actor = "unknown";
    }
  }
  const runUrl = workflowRunUrl(env);
  return {
    actor,
    ...commit ? { commit } : {},
    ...uncommitted && uncommitted.length > 0 ? { uncommittedChanges: uncommitted } : {},
    ...env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {},
    ...runUrl ? { runUrl } : {}
  };
}
async function uncommittedChanges(cwd, paths) {
  try {
    const { stdout } = await run("git", ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", ...paths], { cwd, timeout: 5e3 });
    const entries = stdout.split("\0").filter(Boolean);
    const files = [];
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      files.push(entry.slice(3));
      if (entry[0] === "R" || entry[0] === "C") i++;
    }
    return files.sort();
  } catch {
    return void 0;
  }
}

// src/use-cases/apply/audit-access-guard.ts
var auditAccessGuard = (github) => async ({ inputs }) => {
  const branch = inputs.settings.audit.branch ?? await github.defaultBranch();
  try {
    await github.ensureBranch(branch);
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error;
    throw new GitHubAccessError(
      `cannot commit audit records to branch ${branch}: ${error.message}. Nothing was written to CXone. Give the workflow \`permissions: contents: write\`, or set audit.branch in skillops.yaml to a branch the token may push to.`
    );
  }
};

// src/use-cases/apply/guards.ts
var policyGuard = ({ plan }) => {
  if (!plan.policy.ok) throw policyError(plan);
};
var changeWindowGuard = ({ plan }, request) => {
  const window = plan.policy.window;
  if (!window || window.open || !hasChanges(plan) || request.forceWindow) return;
  const next = window.nextOpenLocal ? ` The next window opens ${window.nextOpenLocal} ${window.timeZone} (${window.nextOpen}).` : " No window opens within a year.";
  throw new ChangeWindowError(
    `apply refused: ${window.reason ?? "outside the change windows"}.${next} For an emergency change use --force-window --reason "why"; the reason goes into the audit record.`
  );
};
var DEFAULT_GUARDS = [changeWindowGuard, policyGuard];

// src/use-cases/apply/lock/apply-lock.ts
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
function newHolder(env, actor, now = /* @__PURE__ */ new Date()) {
  const runUrl = workflowRunUrl(env);
  const runId = positive(env.GITHUB_RUN_ID);
  const runAttempt = positive(env.GITHUB_RUN_ATTEMPT);
  return {
    id: randomBytes(4).toString("hex"),
    actor,
    ...runUrl ? { runUrl } : {},
    ...runId ? { runId } : {},
    ...runId && runAttempt ? { runAttempt } : {},
    startedAt: now.toISOString(),
    host: hostname(),
    pid: process.pid
  };
}
function positive(text) {
  const n = Number(text);
  return text && /^\d+$/.test(text) && Number.isSafeInteger(n) && n > 0 ? n : void 0;
}
function lockText(holder) {
  return `skillops apply lock ${holder.id}

${JSON.stringify(holder, null, 2)}
`;
}
function parseLockText(text) {
  const start = text.indexOf("{");
  if (start < 0) return void 0;
  try {
    const data = JSON.parse(text.slice(start));
    if (typeof data.id !== "string" || typeof data.actor !== "string" || typeof data.startedAt !== "string") return void 0;
    const clean = (value, max) => forTerminal(value.slice(0, max));
    return {
      id: clean(data.id, 64),
      actor: clean(data.actor, 100),
      ...typeof data.runUrl === "string" ? { runUrl: clean(data.runUrl, 300) } : {},
      ...Number.isSafeInteger(data.runId) && data.runId > 0 ? { runId: data.runId } : {},
      ...Number.isSafeInteger(data.runAttempt) && data.runAttempt > 0 ? { runAttempt: data.runAttempt } : {},
      startedAt: clean(data.startedAt, 40),
      host: typeof data.host === "string" ? clean(data.host, 100) : "unknown",
      pid: typeof data.pid === "number" ? data.pid : 0
    };
  } catch {
    return void 0;
  }
}
async function acquireLock(store, holder, forceUnlock, env = {}) {
  let forced;
  if (forceUnlock !== void 0) {
    const current = await store.read();
    if (!current)
      throw new LockedError(
        `--force-unlock ${forceUnlock}: no lock with that id is held (${store.where} is free or unreadable); run apply without --force-unlock`,
        void 0,
        store.where
      );
    if (current.id !== forceUnlock)
      throw new LockedError(
        `--force-unlock ${forceUnlock} does not match the lock held now (id ${current.id}); check that run before removing its lock`,
        current,
        store.where
      );
    await store.remove();
    forced = { id: current.id, actor: current.actor, since: current.startedAt, ...current.runUrl ? { runUrl: current.runUrl } : {} };
  }
  let takenOver;
  let attempt = await store.tryAcquire(holder);
  if (!attempt.acquired && attempt.held) {
    const held = attempt.held;
    const liveness = await store.liveness(held, env);
    if (liveness.state !== "gone") throw new LockedError(`${lockedText(held, store.where, liveness)}`, held, store.where);
    if (!await store.takeOver(held, holder)) throw new LockedError(void 0, await store.read(), store.where);
    attempt = { acquired: true };
    takenOver = {
      id: held.id,
      actor: held.actor,
      since: held.startedAt,
      ...held.runUrl ? { runUrl: held.runUrl } : {},
      ...held.runId ? { runId: held.runId } : {},
      host: held.host,
      pid: held.pid,
      why: liveness.why
    };
  }
  if (!attempt.acquired) throw new LockedError(void 0, attempt.held, store.where);
  let released = false;
  return {
    trail: { kind: store.kind, where: store.where, id: holder.id, ...forced ? { forcedUnlock: forced } : {}, ...takenOver ? { takenOver } : {} },
    release: async () => {
      if (released) return;
      released = true;
      await store.release(holder.id);
    }
  };
}
function lockedText(held, where, liveness) {
  const by = `${held.actor}${held.runUrl ? ` (${held.runUrl})` : ` on ${held.host}, pid ${held.pid}`}`;
  const head = `apply is locked by ${by} since ${held.startedAt} (lock ${held.id}, ${where}). Nothing was changed.`;
  if (liveness.state === "alive") return `${head} It is still running: ${liveness.why}. Wait for it to finish.`;
  return `${head} Whether it is still running cannot be told: ${liveness.why}. If it is gone, take the lock over with: skillops apply --force-unlock ${held.id}`;
}
function holderRunId(holder) {
  if (holder.runId) return holder.runId;
  const match = /\/actions\/runs\/(\d+)(?:\/|$)/.exec(holder.runUrl ?? "");
  return match ? positive(match[1]) : void 0;
}

// src/use-cases/apply/lock/file-lock.ts
import { mkdir, open, readFile, rm } from "node:fs/promises";
import { hostname as hostname2 } from "node:os";
import path2 from "node:path";
var LOCK_FILE = ".skillops/apply.lock";
var FileLockStore = class {
  kind = "file";
  where;
  file;
  constructor(root) {
    this.file = path2.join(root, LOCK_FILE);
    this.where = `file ${LOCK_FILE}`;
  }
  async tryAcquire(holder) {
    await mkdir(path2.dirname(this.file), { recursive: true });
    try {
      const handle = await open(this.file, "wx", 420);
      try {
        await handle.writeFile(lockText(holder), "utf8");
      } finally {
        await handle.close();
      }
      return { acquired: true };
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      return { acquired: false, held: await this.read() };
    }
  }
  async read() {
    try {
      return parseLockText(await readFile(this.file, "utf8"));
    } catch {
      return void 0;
    }
  }
  async takeOver(held, holder) {
    if ((await this.read())?.id !== held.id) return false;
    await rm(this.file, { force: true });
    return (await this.tryAcquire(holder)).acquired;
  }
  async release(id) {
    const current = await this.read();
    if (current?.id !== id) return false;
    await rm(this.file, { force: true });
    return true;
  }
  async remove() {
    await rm(this.file, { force: true });
  }
  async liveness(holder) {
    if (holder.host !== hostname2())
      return { state: "unknown", why: `it was taken on another host (${holder.host}), whose processes cannot be checked from here` };
    if (!Number.isSafeInteger(holder.pid) || holder.pid <= 0) return { state: "unknown", why: "the lock names no process" };
    try {
      process.kill(holder.pid, 0);
      return { state: "alive", why: `process ${holder.pid} on this host is running` };
    } catch (error) {
      const code = error.code;
      if (code === "ESRCH") return { state: "gone", why: `process ${holder.pid} on this host has ended` };
      return {
        state: code === "EPERM" ? "alive" : "unknown",
        why: `process ${holder.pid} on this host ${code === "EPERM" ? "is running (another user)" : `cannot be checked (${code})`}`
      };
    }
  }
};

// src/use-cases/apply/lock/github-lock.ts
var LOCK_BRANCH = "skillops-lock/apply";
var lockBranchFor = (tenant) => tenant ? `${LOCK_BRANCH}-${tenant}` : LOCK_BRANCH;
var GitHubLockStore = class {
  constructor(github, branch = LOCK_BRANCH) {
    this.github = github;
    this.branch = branch;
    this.where = `GitHub branch ${branch}`;
  }
  github;
  branch;
  kind = "github";
  where;
  async tryAcquire(holder) {
    const created = await this.github.createLockRef(this.branch, lockText(holder));
    if (created.created) return { acquired: true };
    return { acquired: false, held: await this.read() };
  }
  async read() {
    const ref = await this.github.readLockRef(this.branch);
    return ref ? parseLockText(ref.message) : void 0;
  }
  async takeOver(held, holder) {
    const ref = await this.github.readLockRef(this.branch);
    if (!ref || parseLockText(ref.message)?.id !== held.id) return false;
    return (await this.github.takeOverLockRef(this.branch, ref.sha, lockText(holder))).taken;
  }
  async release(id) {
    const current = await this.read();
    if (current?.id !== id) return false;
    await this.github.deleteLockRef(this.branch);
    return true;
  }
  async remove() {
    await this.github.deleteLockRef(this.branch);
  }
  async liveness(holder, env) {
    const runId = holderRunId(holder);
    if (!runId) return { state: "unknown", why: "the lock names no workflow run" };
    const attempt = Number(env.GITHUB_RUN_ATTEMPT);
    if (String(runId) === env.GITHUB_RUN_ID && holder.runAttempt && Number.isInteger(attempt) && holder.runAttempt < attempt)
      return { state: "gone", why: `attempt ${holder.runAttempt} of workflow run ${runId} ended (this is attempt ${attempt})` };
    let run2;
    try {
      run2 = await this.github.workflowRun(runId);
    } catch (error) {
      return {
        state: "unknown",
        why: `GitHub did not say whether workflow run ${runId} is still running (${error instanceof SkillopsError ? error.message : String(error)})`
      };
    }
    if (run2.status === "completed") return { state: "gone", why: `workflow run ${runId} is completed${run2.conclusion ? ` (${run2.conclusion})` : ""}` };
    return { state: "alive", why: `workflow run ${runId} is ${run2.status}` };
  }
};

// src/use-cases/apply/run-apply.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import path10 from "node:path";

// src/audit/journal.ts
import { open as open2, readdir, readFile as readFile2 } from "node:fs/promises";
import { hostname as hostname3 } from "node:os";
import path4 from "node:path";

// src/audit/ensure-directory.ts
import { mkdir as mkdir2, stat } from "node:fs/promises";
import path3 from "node:path";
async function ensureDirectory(directory, what = "audit directory") {
  const missing = [];
  let current = path3.resolve(directory);
  for (; ; ) {
    try {
      const info = await stat(current);
      if (!info.isDirectory()) throw new AuditWriteError(`cannot create the ${what} ${directory}: ${current} is not a directory`);
      break;
    } catch (error) {
      if (error instanceof AuditWriteError) throw error;
      const code = error.code;
      if (code !== "ENOENT") throw new AuditWriteError(`cannot create the ${what} ${directory}: ${current} (${code ?? String(error)})`);
      const parent = path3.dirname(current);
      missing.unshift(current);
      if (parent === current) break;
      current = parent;
    }
  }
  for (const dir of missing) {
    try {
      await mkdir2(dir);
    } catch (error) {
      const code = error.code;
      if (code !== "EEXIST") throw new AuditWriteError(`cannot create the ${what} ${directory}: mkdir ${dir} failed (${code ?? String(error)})`);
    }
  }
}

// src/audit/journal.ts
var JOURNAL_FORMAT = "skillops-journal/1";
var JOURNAL_SUFFIX = ".journal.jsonl";
var AuditJournal = class _AuditJournal {
  constructor(handle, path13, stem) {
    this.handle = handle;
    this.path = path13;
    this.stem = stem;
  }
  handle;
  path;
  stem;
  /** Lines waiting for the next write, each with who waits for it to be durable. */
  pending = [];
  flushing;
  failure;
  /** Creates a new journal at `<directory>/<stem>.journal.jsonl` (`-1`, `-2`… if taken) and writes `started`. */
  static async start(directory, stem, started) {
    const target = path4.join(directory, stem);
    await ensureDirectory(path4.dirname(target));
    for (let n = 0; n <= 100; n++) {
      const candidate = n === 0 ? stem : `${stem}-${n}`;
      const file = path4.join(directory, candidate + JOURNAL_SUFFIX);
      let handle;
      try {
        handle = await open2(file, "wx");
      } catch (error) {
        const code = error.code;
        if (code === "EEXIST") continue;
        throw new AuditWriteError(`cannot create the audit journal ${file} (${code ?? String(error)})`);
      }
      const journal = new _AuditJournal(handle, file, candidate);
      await syncDirectory(path4.dirname(file));
      await journal.append(started);
      return journal;
    }
    throw new AuditWriteError(`cannot create the audit journal beside ${target}: too many runs with the same name`);
  }
  /**
   * Appends one line; resolves once it is on disk (fsync'd). Lines appended while a write is in
   * progress go together in the next write and fsync (group commit), in order, never interleaved.
   */
  append(line) {
    if (this.failure) return Promise.reject(this.failure);
    const durable = new Promise((done, failed) => this.pending.push({ text: `${JSON.stringify(line)}
`, done, failed }));
    this.flushing ??= this.flush();
    return durable;
  }
  async flush() {
    while (this.pending.length > 0) {
      const group = this.pending;
      this.pending = [];
      try {
        if (this.failure) throw this.failure;
        await this.handle.write(group.map((g) => g.text).join(""));
        await this.handle.datasync();
        for (const g of group) g.done();
      } catch (error) {
        this.failure ??= new AuditWriteError(`cannot append to the audit journal ${this.path} (${error.code ?? String(error)})`);
        for (const g of group) g.failed(this.failure);
      }
    }
    this.flushing = void 0;
  }
  /** The journal's path relative to the audit directory. */
  get relative() {
    return this.stem + JOURNAL_SUFFIX;
  }
  /** What is on disk so far. */
  text() {
    return readFile2(this.path, "utf8");
  }
  async close() {
    while (this.flushing) await this.flushing;
    await this.handle.close().catch(() => void 0);
  }
};
async function syncDirectory(directory) {
  try {
    const dir = await open2(directory, "r");
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
  }
}
function parseJournal(text) {
  const lines = [];
  for (const raw of text.split("\n")) {
    if (!raw.trim()) continue;
    try {
      const value = JSON.parse(raw);
      if (typeof value === "object" && value !== null && typeof value.type === "string") lines.push(value);
    } catch {
    }
  }
  return lines;
}
function snapshotText(text, localPath) {
  const line = {
    type: "snapshot",
    at: (/* @__PURE__ */ new Date()).toISOString(),
    note: `committed before the first CXone write; later lines are in ${localPath} on the runner (the workflow artifact)`
  };
  return `${text}${JSON.stringify(line)}
`;
}
function summariseUnfinished(relative, lines) {
  const started = lines.find((l) => l.type === "started" && l.format === JOURNAL_FORMAT);
  if (!started || !Array.isArray(started.changes) || !Array.isArray(started.batches)) return void 0;
  if (lines.some((l) => l.type === "finished" || l.type === "superseded")) return void 0;
  const sent = /* @__PURE__ */ new Set();
  const answered = /* @__PURE__ */ new Set();
  let applied = 0;
  let failed = 0;
  let unknown = 0;
  let stopping;
  for (const line of lines) {
    if (line.type === "sending" && Number.isInteger(line.batch)) sent.add(line.batch);
    if (line.type === "stopping") stopping = String(line.reason);
    if (line.type === "batch" && Number.isInteger(line.batch) && Array.isArray(line.results) && !answered.has(line.batch)) {
      answered.add(line.batch);
      sent.add(line.batch);
      for (const r of line.results) {
        if (r.status === "applied") applied++;
        else if (r.status === "failed") failed++;
        else if (r.status === "unknown") unknown++;
      }
    }
  }
  const snapshot = lines.at(-1)?.type === "snapshot";
  let notSent = 0;
  started.batches.forEach((b, i) => {
    const n = Array.isArray(b.agentIds) ? b.agentIds.length : 0;
    if (!sent.has(i) && !snapshot) notSent += n;
    else if (!answered.has(i)) unknown += n;
  });
  return {
    journal: relative,
    startedAt: String(started.at),
    actor: String(started.who?.actor ?? "unknown"),
    ...started.who?.commit ? { commit: String(started.who.commit) } : {},
    liveFingerprint: String(started.plan?.liveFingerprint ?? ""),
    intended: started.changes.length,
    applied,
    failed,
    unknown,
    notSent,
    ...stopping ? { stopping } : {}
  };
}
async function findUnfinishedRuns(directory, stillRunning = isRunningHere) {
  const found = [];
  for (const year of await names(directory, /^\d{4}$/)) {
    for (const month of await names(path4.join(directory, year), /^\d{2}$/)) {
      const inMonth = await names(path4.join(directory, year, month), /\.json(l)?$/);
      const records = new Set(inMonth.filter((n) => n.endsWith(".json")));
      for (const file of inMonth.filter((n) => n.endsWith(JOURNAL_SUFFIX))) {
        const relative = `${year}/${month}/${file}`;
        if (records.has(`${file.slice(0, -JOURNAL_SUFFIX.length)}.json`)) continue;
        let text;
        try {
          text = await readFile2(path4.join(directory, year, month, file), "utf8");
        } catch {
          continue;
        }
        const lines = parseJournal(text);
        const run2 = summariseUnfinished(relative, lines);
        if (run2 && !stillRunning(lines.find((l) => l.type === "started"))) found.push(run2);
      }
    }
  }
  return found.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}
function isRunningHere(started) {
  if (started.host !== hostname3() || !Number.isInteger(started.pid) || started.pid === process.pid) return false;
  try {
    process.kill(started.pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
async function names(directory, pattern) {
  try {
    return (await readdir(directory)).filter((n) => pattern.test(n)).sort();
  } catch {
    return [];
  }
}
async function markSuperseded(directory, run2, by) {
  const file = path4.join(directory, run2.journal);
  const text = await readFile2(file, "utf8");
  const handle = await open2(file, "a");
  try {
    await handle.write(
      `${text.length > 0 && !text.endsWith("\n") ? "\n" : ""}${JSON.stringify({ type: "superseded", at: (/* @__PURE__ */ new Date()).toISOString(), by })}
`
    );
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

// src/use-cases/apply/batches.ts
var SKILL_CENTRIC_MAX_PROFICIENCY = 5;
var ACTIONS = ["remove", "update", "add"];
var needsAgentCentric = (c) => c.action !== "remove" && (c.after?.proficiency ?? 0) > SKILL_CENTRIC_MAX_PROFICIENCY;
function minimumCover(edges) {
  const adjacency = /* @__PURE__ */ new Map();
  for (const [s, a] of edges) {
    const list = adjacency.get(s);
    if (list) list.push(a);
    else adjacency.set(s, [a]);
  }
  const matchOfAgent = /* @__PURE__ */ new Map();
  const matchOfSkill = /* @__PURE__ */ new Map();
  const augment = (s, seen) => {
    for (const a of adjacency.get(s) ?? []) {
      if (seen.has(a)) continue;
      seen.add(a);
      const other = matchOfAgent.get(a);
      if (other === void 0 || augment(other, seen)) {
        matchOfAgent.set(a, s);
        matchOfSkill.set(s, a);
        return true;
      }
    }
    return false;
  };
  for (const s of adjacency.keys()) augment(s, /* @__PURE__ */ new Set());
  const reachedSkills = /* @__PURE__ */ new Set();
  const reachedAgents = /* @__PURE__ */ new Set();
  const stack = [...adjacency.keys()].filter((s) => !matchOfSkill.has(s));
  for (const s of stack) reachedSkills.add(s);
  while (stack.length > 0) {
    const s = stack.pop();
    for (const a of adjacency.get(s) ?? []) {
      if (reachedAgents.has(a) || matchOfSkill.get(s) === a) continue;
      reachedAgents.add(a);
      const next = matchOfAgent.get(a);
      if (next !== void 0 && !reachedSkills.has(next)) {
        reachedSkills.add(next);
        stack.push(next);
      }
    }
  }
  return { skills: new Set([...adjacency.keys()].filter((s) => !reachedSkills.has(s))), agents: reachedAgents };
}
var bulkEligible = (c) => c.action !== "remove" && c.after !== void 0 && c.after.proficiency >= 1 && c.after.proficiency <= BULK_MAX_PROFICIENCY;
function planBatches(plan, batchSize, bulkPairs = 0) {
  const skillName = new Map(plan.queues.map((q) => [q.skillId, q.skillName]));
  const all = plan.queues.flatMap((q) => q.changes);
  const bulk = bulkPairs > 0 ? all.filter(bulkEligible) : [];
  const rest = bulk.length > 0 ? all.filter((c) => !bulkEligible(c)) : all;
  return [...coverBatches(rest, batchSize, skillName), ...bulkBatches(bulk, bulkPairs, skillName)];
}
function bulkBatches(changes, bulkPairs, skillName) {
  if (changes.length === 0) return [];
  const byPair = new Map(changes.map((c) => [`${c.agentId}:${c.skillId}`, c]));
  const pairs = changes.map((c) => ({ agentId: c.agentId, skillId: c.skillId, proficiency: c.after.proficiency, isActive: c.after.isActive }));
  const batches = [];
  chunkPairs(pairs, bulkPairs).forEach((chunk, n) => {
    const entries = /* @__PURE__ */ new Map();
    for (const p of chunk) {
      const c = byPair.get(`${p.agentId}:${p.skillId}`);
      const key3 = `${c.skillId}:${c.action}`;
      const list = entries.get(key3);
      if (list) list.push(c);
      else entries.set(key3, [c]);
    }
    for (const list of entries.values()) {
      const { skillId, action } = list[0];
      batches.push({ skillId, skillName: skillName.get(skillId) ?? String(skillId), action, changes: list, request: `bulk:${n}`, via: "bulk" });
    }
  });
  return batches;
}
function coverBatches(all, batchSize, skillName = /* @__PURE__ */ new Map()) {
  const size = Math.max(1, batchSize);
  const batches = [];
  for (const action of ACTIONS) {
    const changes = all.filter((c) => c.action === action);
    if (changes.length === 0) continue;
    const forced = new Set(changes.filter(needsAgentCentric).map((c) => c.agentId));
    const cover = minimumCover(changes.filter((c) => !forced.has(c.agentId)).map((c) => [c.skillId, c.agentId]));
    const groups = /* @__PURE__ */ new Map();
    for (const c of changes) {
      const via = forced.has(c.agentId) || !cover.skills.has(c.skillId) ? "agent" : "skill";
      const id = via === "agent" ? c.agentId : c.skillId;
      const key3 = `${via}:${id}`;
      const group = groups.get(key3) ?? { via, id, changes: [] };
      group.changes.push(c);
      groups.set(key3, group);
    }
    for (const group of groups.values()) {
      for (let i = 0, n = 0; i < group.changes.length; i += size, n++) {
        const chunk = group.changes.slice(i, i + size);
        const request = `${group.via}:${group.id}:${action}:${n}`;
        const bySkill = /* @__PURE__ */ new Map();
        for (const c of chunk) bySkill.set(c.skillId, [...bySkill.get(c.skillId) ?? [], c]);
        for (const [skillId, skillChanges] of bySkill) {
          batches.push({ skillId, skillName: skillName.get(skillId) ?? String(skillId), action, changes: skillChanges, request, via: group.via });
        }
      }
    }
  }
  return batches;
}

// src/use-cases/apply/confirm-apply.ts
async function confirmApply(request, prepared, hooks) {
  if (request.planFile || request.autoApprove) return true;
  if (!hooks.confirm) throw new UsageError("apply needs --auto-approve when there is no terminal to confirm on (as in CI)");
  return hooks.confirm(prepared.plan);
}

// src/use-cases/apply/execute-batches.ts
var UNKNOWN = "no answer before shutdown: CXone may or may not have applied this";
async function executeBatches(cxone, batches, options) {
  const limit = pLimit(Math.max(1, options.concurrency));
  const requests = /* @__PURE__ */ new Map();
  for (const [index, b] of batches.entries()) requests.set(b.request, [...requests.get(b.request) ?? [], index]);
  let done = 0;
  const bulk = { unavailable: false, noModify: false, fallback: pLimit(Math.max(1, options.concurrency)) };
  const perRequest = await Promise.all(
    [...requests.values()].map(
      (indexes) => limit(async () => {
        const parts = indexes.map((i) => batches[i]);
        const changes = parts.flatMap((p) => p.changes);
        const bulkTurn = parts[0].via === "bulk" ? await takeBulkTurn(bulk) : void 0;
        try {
          return await sendRequest(indexes, parts, changes);
        } finally {
          bulkTurn?.();
        }
      })
    )
  );
  return { results: perRequest.flat(), interrupted: options.signal?.aborted ?? false };
  async function sendRequest(indexes, parts, changes) {
    if (options.signal?.aborted || options.hardAbort?.aborted) {
      return changes.map((change) => ({ change, status: "not-attempted", error: "interrupted before this batch was sent" }));
    }
    if (options.onBatchStart) {
      try {
        await Promise.all(indexes.map((i) => options.onBatchStart(i, batches[i])));
      } catch (error) {
        const reason = error instanceof SkillopsError ? error.message : redact(String(error));
        return changes.map((change) => ({ change, status: "not-attempted", error: `not sent: ${reason}` }));
      }
    }
    const work = parts[0].via === "bulk" ? runBulk(cxone, changes, bulk, options) : runRequest(cxone, parts[0], changes, options.hardAbort);
    const results = await untilAborted(work, options.hardAbort, () => changes.map((change) => ({ change, status: "unknown", error: UNKNOWN })));
    let offset = 0;
    const recorded = [];
    for (const [k, i] of indexes.entries()) {
      const share = results.slice(offset, offset + parts[k].changes.length);
      offset += parts[k].changes.length;
      done++;
      recorded.push(options.onBatchDone?.(done, batches.length, share, i));
    }
    await Promise.all(recorded);
    return results;
  }
}
async function takeBulkTurn(state) {
  if (state.first) {
    await state.first;
    return void 0;
  }
  let release;
  state.first = new Promise((resolve) => release = resolve);
  return release;
}
var failedResult = (error, changes, hardAbort) => {
  if (hardAbort?.aborted || error instanceof InterruptedError) return changes.map((change) => ({ change, status: "unknown", error: UNKNOWN }));
  const reason = error instanceof SkillopsError ? error.message : redact(error instanceof Error ? error.message : String(error));
  return changes.map((change) => ({ change, status: "failed", error: reason }));
};
async function runBulk(cxone, changes, state, options) {
  const results = /* @__PURE__ */ new Map();
  const later = [];
  const writePairs = cxone.writePairs?.bind(cxone);
  const now = writePairs && !state.unavailable ? changes.filter((c) => !(state.noModify && c.action === "update")) : [];
  const sentNow = new Set(now);
  later.push(...changes.filter((c) => !sentNow.has(c)));
  if (writePairs && now.length > 0) {
    try {
      const outcomes = await writePairs(
        now.map((c) => ({ agentId: c.agentId, skillId: c.skillId, proficiency: c.after.proficiency, isActive: c.after.isActive }))
      );
      now.forEach((change, i) => {
        const o = outcomes[i];
        results.set(
          change,
          o?.success ? { change, status: "applied" } : { change, status: "failed", error: o?.error ?? "CXone returned no outcome for this change" }
        );
      });
      const updates = now.filter((c) => c.action === "update");
      const failedUpdates = updates.filter((c) => results.get(c)?.status === "failed");
      if (updates.length > 0 && failedUpdates.length === updates.length && !state.noModify) {
        state.noModify = true;
        options.warn?.(
          `CXone's bulk write (POST /agents/skills) did not modify ${failedUpdates.length === 1 ? "an existing assignment" : "existing assignments"}: updates are sent with PUT for the rest of this run.`
        );
      }
      later.push(...now.filter((c) => results.get(c)?.status === "failed"));
    } catch (error) {
      if (!(error instanceof BulkWriteUnavailableError)) {
        for (const r of failedResult(error, now, options.hardAbort)) results.set(r.change, r);
      } else {
        if (!state.unavailable) {
          state.unavailable = true;
          options.warn?.(
            `CXone answered ${error.detail.status} to the bulk write (POST /agents/skills): this tenant or API version has no such endpoint, so this run writes per skill or per agent instead.`
          );
        }
        const settled = new Map(error.settled.map((o) => [`${o.agentId}:${o.skillId}`, o]));
        for (const change of now) {
          const o = settled.get(`${change.agentId}:${change.skillId}`);
          if (!o) later.push(change);
          else results.set(change, o.success ? { change, status: "applied" } : { change, status: "failed", error: o.error ?? "failed" });
        }
      }
    }
  }
  const requests = /* @__PURE__ */ new Map();
  for (const b of coverBatches(later, options.batchSize ?? 50)) requests.set(b.request, [...requests.get(b.request) ?? [], b]);
  await Promise.all(
    [...requests.values()].map(
      (parts) => state.fallback(async () => {
        for (const r of await runRequest(
          cxone,
          parts[0],
          parts.flatMap((p) => p.changes),
          options.hardAbort
        ))
          results.set(r.change, r);
      })
    )
  );
  return changes.map((change) => results.get(change) ?? { change, status: "failed", error: "CXone returned no outcome for this change" });
}
function untilAborted(work, signal, onAbort) {
  if (!signal) return work;
  if (signal.aborted) return Promise.resolve(onAbort());
  return new Promise((resolve, reject) => {
    const abort = () => resolve(onAbort());
    signal.addEventListener("abort", abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", abort));
  });
}
async function send(cxone, batch, changes) {
  const item = (c) => ({ proficiency: c.after.proficiency, isActive: c.after.isActive });
  if (batch.via === "agent") {
    const agentId = changes[0].agentId;
    if (batch.action === "remove")
      return cxone.removeAgentSkills(
        agentId,
        changes.map((c) => c.skillId)
      );
    const items2 = changes.map((c) => ({ skillId: c.skillId, ...item(c) }));
    return batch.action === "add" ? cxone.addAgentSkills(agentId, items2) : cxone.updateAgentSkills(agentId, items2);
  }
  if (batch.action === "remove")
    return cxone.removeAssignments(
      batch.skillId,
      changes.map((c) => c.agentId)
    );
  const items = changes.map((c) => ({ agentId: c.agentId, ...item(c) }));
  return batch.action === "add" ? cxone.addAssignments(batch.skillId, items) : cxone.updateAssignments(batch.skillId, items);
}
async function runRequest(cxone, batch, changes, hardAbort) {
  let outcomes;
  try {
    outcomes = await send(cxone, batch, changes);
  } catch (error) {
    if (hardAbort?.aborted || error instanceof InterruptedError) return changes.map((change) => ({ change, status: "unknown", error: UNKNOWN }));
    const reason = error instanceof SkillopsError ? error.message : redact(error instanceof Error ? error.message : String(error));
    return changes.map((change) => ({ change, status: "failed", error: reason }));
  }
  return changes.map((change, i) => {
    const outcome = outcomes[i];
    if (!outcome) return { change, status: "failed", error: "CXone returned no outcome for this change" };
    return outcome.success ? { change, status: "applied" } : { change, status: "failed", error: outcome.error ?? "failed" };
  });
}

// src/use-cases/apply/execute-plan.ts
async function executePlan(prepared, batches, shutdown, recorder, hooks) {
  const { settings, cxone } = prepared.inputs;
  const start = performance.now();
  const progress = hooks.startProgress?.(batches.length);
  const { results, interrupted } = await executeBatches(cxone, batches, {
    concurrency: settings.apply.concurrency,
    batchSize: settings.apply.batchSize,
    ...hooks.warn ? { warn: (message) => hooks.warn?.(message) } : {},
    signal: shutdown.launch,
    hardAbort: shutdown.hard,
    onBatchStart: (index) => recorder.sending(index),
    onBatchDone: async (done, total, batchResults, index) => {
      progress?.update(done, total);
      await recorder.done(index, batchResults).catch(() => void 0);
    }
  });
  progress?.stop();
  const reason = interrupted ? shutdown.reason ?? "SIGINT" : void 0;
  return { batches, results, ...reason ? { interrupted: reason } : {}, applyMs: performance.now() - start };
}
function countResults(results) {
  const counts = { applied: 0, failed: 0, notAttempted: 0, unknown: 0 };
  for (const r of results)
    counts[r.status === "applied" ? "applied" : r.status === "failed" ? "failed" : r.status === "unknown" ? "unknown" : "notAttempted"]++;
  return counts;
}

// src/github/pull-request-details.ts
function approversOf(reviews) {
  const latest = /* @__PURE__ */ new Map();
  for (const r of [...reviews].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))) {
    if (r.state === "APPROVED" || r.state === "CHANGES_REQUESTED" || r.state === "DISMISSED") latest.set(r.user, r);
  }
  return [...latest.values()].filter((r) => r.state === "APPROVED").map((r) => r.user).sort();
}
async function withPullRequest(github, who) {
  if (!who.commit) return who;
  const pr = await github.pullRequestForCommit(who.commit);
  if (!pr) return who;
  const approvers = approversOf(await github.listReviews(pr.number));
  return { ...who, pullRequest: { number: pr.number, title: pr.title, author: pr.author, approvers } };
}

// src/use-cases/apply/shutdown.ts
var GRACE_MS = 2e3;
var BUDGET_MS = 4500;
var signalName = (s) => typeof s === "string" ? s : "SIGINT";
var Shutdown = class {
  launchController = new AbortController();
  hardController = new AbortController();
  urgentController = new AbortController();
  timer;
  stoppedAt;
  why;
  resolveStopped;
  /** Resolves with the reason when the first stop arrives. */
  stopped = new Promise((resolve) => {
    this.resolveStopped = resolve;
  });
  budgetMs;
  constructor(options = {}) {
    const graceMs = options.graceMs ?? GRACE_MS;
    this.budgetMs = options.budgetMs ?? BUDGET_MS;
    void options.stop?.then((s) => {
      if (this.begin(signalName(s))) {
        options.hooks?.stopping?.(this.why);
        this.timer = setTimeout(() => this.hardController.abort(), graceMs);
        this.timer.unref?.();
      }
    });
    void options.stopNow?.then((s) => {
      const first = this.begin(signalName(s));
      if (first) options.hooks?.stopping?.(this.why);
      this.hardController.abort();
      this.urgentController.abort();
    });
  }
  begin(reason) {
    if (this.why !== void 0) return false;
    this.why = reason;
    this.stoppedAt = performance.now();
    this.launchController.abort();
    this.resolveStopped(reason);
    return true;
  }
  /** Aborted on the first stop: launch nothing new. */
  get launch() {
    return this.launchController.signal;
  }
  /** Aborted when the grace ends (or on a second stop): stop waiting for requests in flight. */
  get hard() {
    return this.hardController.signal;
  }
  /** Aborted on a second stop: skip everything but the local record. */
  get urgent() {
    return this.urgentController.signal;
  }
  /** The signal that asked to stop, if any. */
  get reason() {
    return this.why;
  }
  /** Time left in the shutdown budget: Infinity before any stop, 0 after a second one. */
  remainingMs() {
    if (this.stoppedAt === void 0) return Infinity;
    if (this.urgent.aborted) return 0;
    return Math.max(0, this.budgetMs - (performance.now() - this.stoppedAt));
  }
  /** `work`, or the stop reason if a stop arrives first (the work goes on unobserved). */
  race(work) {
    if (this.why !== void 0) return Promise.resolve({ stopped: this.why });
    return Promise.race([work.then((value) => ({ value })), this.stopped.then((stopped) => ({ stopped }))]);
  }
  /**
   * The run is over: anything it left unobserved (a read still retrying after a stop during the
   * read, for example) is cancelled, so no request or retry wait outlives the run.
   */
  dispose() {
    if (this.timer) clearTimeout(this.timer);
    this.hardController.abort();
  }
};
function within(work, ms, fallback) {
  if (ms === Infinity) return work;
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(fallback()), Math.max(0, ms));
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

// src/use-cases/apply/identify-run.ts
var githubFor = (request, deps) => request.commitAudit && deps.github ? deps.github() : void 0;
async function addPullRequest(github, deps, who, budgetMs) {
  if (!github) return { who };
  if (budgetMs <= 0) return { who, github };
  try {
    const found = await within(withPullRequest(github, who), budgetMs, () => void 0);
    if (found) return { who: found, github };
    deps.hooks?.warn?.(`Pull request of ${who.commit ?? "this commit"} not looked up: apply is shutting down`);
  } catch (error) {
    deps.hooks?.warn?.(`Could not look up the pull request of ${who.commit ?? "this commit"}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { who, github };
}

// src/use-cases/apply/journal-apply.ts
import { readFile as readFile3 } from "node:fs/promises";
import { hostname as hostname4 } from "node:os";
import path5 from "node:path";

// src/audit/audit-record.ts
function outcomeOf(results, interrupted, verified) {
  if (interrupted) return "interrupted";
  if (results.length === 0) return "no-changes";
  const applied = results.filter((r) => r.status === "applied").length;
  if (applied === results.length && verified) return "applied";
  return applied === 0 ? "failed" : "partial";
}
function changeRows(plan, results) {
  const skillNames = new Map(plan.queues.map((q) => [q.skillId, q.skillName]));
  return results.map(({ change, status, error }) => ({
    action: change.action,
    skillId: change.skillId,
    skillName: skillNames.get(change.skillId) ?? String(change.skillId),
    agentId: change.agentId,
    userName: change.userName,
    ...change.before ? { before: change.before } : {},
    ...change.after ? { after: change.after } : {},
    status,
    ...error ? { error } : {}
  }));
}
function requestCounts(stats) {
  const writes = Object.entries(stats.byRoute).filter(([route]) => /^(POST|PUT|DELETE) /.test(route)).reduce((n, [, count]) => n + count, 0);
  return { total: stats.requests, retries: stats.retries, writes, byRoute: stats.byRoute };
}
function buildStoppedRecord(input) {
  const planned = input.plan;
  return {
    format: "skillops-audit-stopped/1",
    runId: input.runId,
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    outcome: "interrupted",
    phase: input.phase,
    signal: input.signal,
    who: input.who,
    ...planned ? { requests: requestCounts(planned.stats) } : {},
    durationsMs: {
      total: input.finishedAt.getTime() - input.startedAt.getTime(),
      ...planned ? { read: Math.round(planned.readMs), plan: Math.round(planned.planMs) } : {}
    },
    ...planned ? {
      plan: {
        source: planned.source,
        liveFingerprint: planned.plan.liveFingerprint,
        desiredHash: planned.plan.desiredHash,
        effectiveDate: planned.plan.effectiveDate,
        summary: planned.plan.summary
      }
    } : {},
    ...input.lock ? { lock: input.lock } : {},
    ...input.unfinishedJournals.length ? { unfinishedRuns: input.unfinishedJournals } : {}
  };
}
function buildAuditRecord(input, trail = {}) {
  return {
    format: "skillops-audit/1",
    ...input.runId ? { runId: input.runId } : {},
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    outcome: outcomeOf(input.results, input.interrupted, input.verification.ok),
    who: input.who,
    plan: {
      source: input.source,
      liveFingerprint: input.plan.liveFingerprint,
      desiredHash: input.plan.desiredHash,
      effectiveDate: input.plan.effectiveDate,
      summary: input.plan.summary,
      forced: input.plan.policy.forced,
      ...input.plan.target ? { target: input.plan.target } : {}
    },
    policy: policyRecord(input.plan, input.override),
    ...input.plan.impact ? { impact: input.plan.impact } : {},
    changes: changeRows(input.plan, input.results),
    requests: requestCounts(input.stats),
    durationsMs: input.durationsMs,
    verification: input.verification,
    webhook: input.webhook,
    ...input.journal ? { journal: input.journal } : {},
    ...input.unfinishedRuns?.length ? { unfinishedRuns: input.unfinishedRuns } : {},
    ...trail
  };
}
function policyRecord(plan, override) {
  const window = plan.policy.window;
  return {
    ok: plan.policy.ok,
    forced: plan.policy.forced,
    ...override?.reason ? { reason: override.reason } : {},
    ...window ? {
      window: {
        open: window.open,
        forced: override?.window ?? false,
        ...window.reason ? { reason: window.reason } : {},
        timeZone: window.timeZone,
        ...window.nextOpen ? { nextOpen: window.nextOpen } : {}
      }
    } : {},
    verdicts: plan.policy.verdicts
  };
}
function auditRelativePath(startedAt, commit) {
  const iso = startedAt.toISOString();
  const stamp = iso.replace(/[-:.]/g, "");
  return `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${stamp}-${(commit ?? "nocommit").slice(0, 7)}.json`;
}

// src/use-cases/apply/journal-apply.ts
async function startApplyJournal(auditDir, startedAt, who, prepared, batches) {
  const { plan, source } = prepared;
  const stem = auditRelativePath(startedAt, who.commit).replace(/\.json$/, "");
  return AuditJournal.start(auditDir, stem, {
    type: "started",
    format: JOURNAL_FORMAT,
    at: startedAt.toISOString(),
    pid: process.pid,
    host: hostname4(),
    who,
    plan: { source, liveFingerprint: plan.liveFingerprint, desiredHash: plan.desiredHash, effectiveDate: plan.effectiveDate },
    changes: changeRows(
      plan,
      plan.queues.flatMap((q) => q.changes.map((change) => ({ change, status: "not-attempted" })))
    ).map(({ status: _status, ...row }) => row),
    batches: batches.map((b) => ({ skillId: b.skillId, action: b.action, agentIds: b.changes.map((c) => c.agentId) }))
  });
}
function journalRecorder(journal) {
  const now = () => (/* @__PURE__ */ new Date()).toISOString();
  return {
    stopping: (reason) => journal.append({ type: "stopping", at: now(), reason }).catch(() => void 0),
    sending: (batch) => journal.append({ type: "sending", at: now(), batch }),
    done: (batch, results) => journal.append({
      type: "batch",
      at: now(),
      batch,
      results: results.map((r) => ({ agentId: r.change.agentId, status: r.status, ...r.error ? { error: r.error } : {} }))
    })
  };
}
async function finishApplyJournal(journal, record, audit, auditDir) {
  await journal.append({
    type: "finished",
    at: (/* @__PURE__ */ new Date()).toISOString(),
    outcome: record.outcome,
    ...audit.written ? { record: relativeTo(auditDir, audit.path) } : { recordError: audit.error, fullRecord: record }
  }).catch(() => void 0);
  await journal.close();
}
var unfinishedRuns = (auditDir) => findUnfinishedRuns(auditDir).catch(() => []);
async function supersedeUnfinished(auditDir, runs, by) {
  for (const run2 of runs) await markSuperseded(auditDir, run2, by).catch(() => void 0);
}
var relativeTo = (auditDir, file) => path5.relative(auditDir, file).split(path5.sep).join("/");
var readJournalText = (auditDir, run2) => readFile3(path5.join(auditDir, run2.journal), "utf8");

// src/audit/webhook/notify-webhook.ts
import { randomUUID } from "node:crypto";

// src/audit/webhook/signing.ts
import { createHmac } from "node:crypto";
var PREFIX = "whsec_";
function webhookKey(secret) {
  if (secret.startsWith(PREFIX)) {
    const encoded = secret.slice(PREFIX.length);
    const key3 = Buffer.from(encoded, "base64");
    if (key3.length === 0 || key3.toString("base64").replace(/=+$/, "") !== encoded.replace(/=+$/, "")) {
      throw new Error("SKILLOPS_WEBHOOK_SECRET starts with whsec_ but the rest is not base64");
    }
    return key3;
  }
  return Buffer.from(secret, "utf8");
}
function standardWebhookSignature(id, timestampSeconds, body, secret) {
  return `v1,${createHmac("sha256", webhookKey(secret)).update(`${id}.${timestampSeconds}.${body}`).digest("base64")}`;
}
function standardWebhookHeaders(id, at, body, secret) {
  const timestamp = Math.floor(at.getTime() / 1e3);
  return {
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": standardWebhookSignature(id, timestamp, body, secret)
  };
}

// src/audit/webhook/notify-webhook.ts
var MIN_ATTEMPT_MS = 50;
function safeUrl(url) {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return "(invalid URL)";
  }
}
async function notifyWebhook(options) {
  if (!options.url) return { delivered: false, skipped: "no webhook.url configured" };
  const url = safeUrl(options.url);
  if (!isSecureOrLoopback(options.url)) return { delivered: false, url, skipped: "webhook.url must be https (or loopback)" };
  if (!options.secret) return { delivered: false, url, skipped: "SKILLOPS_WEBHOOK_SECRET is not set; unsigned notifications are not sent" };
  const http = options.http ?? axios_default.create({ proxy: false, maxRedirects: 0 });
  const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const body = JSON.stringify(options.payload);
  const id = options.runId ?? randomUUID();
  let signed;
  try {
    signed = standardWebhookHeaders(id, (options.now ?? (() => /* @__PURE__ */ new Date()))(), body, options.secret);
  } catch (error) {
    return { delivered: false, url, skipped: error.message };
  }
  const headers = {
    "Content-Type": "application/json",
    "User-Agent": "skillops-webhook",
    "X-Skillops-Event": "skill_sync_complete",
    "X-Skillops-Delivery": id,
    // Standard Webhooks headers
    ...signed
  };
  const maxAttempts = options.attempts ?? 3;
  const perAttempt = options.timeoutMs ?? 5e3;
  const deadline = performance.now() + (options.totalMs ?? 15e3);
  let last = { delivered: false, url };
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const left = Math.min(perAttempt, deadline - performance.now());
    if (options.signal?.aborted) return { ...last, ...last.attempts ? {} : { attempts: attempt - 1 }, error: "cut short: apply is shutting down" };
    if (left < MIN_ATTEMPT_MS) return last.attempts ? last : { delivered: false, url, attempts: attempt - 1, error: "no time left for an attempt" };
    const timeout = AbortSignal.timeout(Math.round(left));
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    try {
      const response = await http.post(options.url, body, {
        headers,
        signal,
        maxContentLength: 65536,
        validateStatus: () => true,
        transformRequest: [(d) => d]
      });
      if (response.status >= 200 && response.status < 300) return { delivered: true, url, attempts: attempt, status: response.status };
      last = { delivered: false, url, attempts: attempt, status: response.status, error: `receiver answered ${response.status}` };
      if (response.status < 500 && response.status !== 429) return last;
    } catch (error) {
      const code = error.code ?? "network error";
      const error_ = options.signal?.aborted ? "cut short: apply is shutting down" : timeout.aborted ? `no answer within ${Math.round(left)} ms` : code;
      last = { delivered: false, url, attempts: attempt, error: redact(error_) };
      if (options.signal?.aborted) return last;
    }
    if (attempt < maxAttempts) {
      const wait = 500 * 2 ** (attempt - 1);
      if (performance.now() + wait + MIN_ATTEMPT_MS > deadline) return last;
      await sleep(wait);
    }
  }
  return last;
}

// src/use-cases/apply/notify-apply.ts
async function notifyApply({ prepared, who, results, counts, verification, env, runId, budgetMs, urgent }) {
  const { plan } = prepared;
  const shuttingDown = budgetMs !== Infinity;
  if (shuttingDown && budgetMs < 250) return { delivered: false, skipped: "apply was shutting down: no time left to notify" };
  return notifyWebhook({
    ...runId ? { runId } : {},
    ...shuttingDown ? { attempts: 1, timeoutMs: Math.min(5e3, budgetMs), totalMs: budgetMs } : {},
    signal: urgent,
    url: env.SKILLOPS_WEBHOOK_URL || prepared.inputs.settings.webhook.url,
    secret: env.SKILLOPS_WEBHOOK_SECRET,
    payload: {
      event: "skill_sync_complete",
      effectiveDate: plan.effectiveDate,
      commit: who.commit ?? null,
      pullRequest: who.pullRequest?.number ?? null,
      summary: { ...plan.summary, ...counts, verified: verification.ok },
      changes: changeRows(plan, results)
    }
  });
}

// src/use-cases/apply/publish-audit.ts
import path6 from "node:path";

// src/github/commit-audit.ts
async function commitAuditRecord(github, options) {
  const branch = options.branch ?? await github.defaultBranch();
  const pr = options.record.who.pullRequest;
  const message = `audit: skillops apply ${options.record.outcome}${pr ? ` for #${pr.number}` : ""} [skip ci]

${options.record.changes.filter((c) => c.status === "applied").length} of ${options.record.changes.length} changes applied.`;
  const result = await github.commitFile({ branch, path: options.path, content: `${JSON.stringify(options.record, null, 2)}
`, message });
  return { ...result, branch };
}

// src/use-cases/apply/publish-audit.ts
async function publishAuditRecord(github, prepared, startedAt, record, budgetMs = Infinity) {
  const { audit } = prepared.inputs.settings;
  const repoPath = repoPathOf(prepared, auditRelativePath(startedAt, record.who.commit));
  try {
    if (budgetMs <= 0) return { committed: false, path: repoPath, error: "apply was stopped a second time: only the local record was written" };
    const committed = await within(
      commitAuditRecord(github, { path: repoPath, record, ...audit.branch ? { branch: audit.branch } : {} }),
      budgetMs,
      () => void 0
    );
    if (!committed) return { committed: false, path: repoPath, error: "not committed before the shutdown deadline" };
    return { committed: true, path: repoPath, ...committed };
  } catch (error) {
    return { committed: false, path: repoPath, error: error instanceof Error ? error.message : String(error) };
  }
}
var repoPathOf = (prepared, relative) => {
  const { settings, tenant, root } = prepared.inputs;
  const directory = tenant ? path6.relative(tenant.repoRoot, path6.resolve(root, settings.audit.directory)) : settings.audit.directory;
  return path6.posix.join(directory.split(path6.sep).join("/"), relative);
};
async function publishJournal(github, prepared, relative, content, message, budgetMs = Infinity) {
  const { audit } = prepared.inputs.settings;
  if (budgetMs <= 0) return "no time left";
  try {
    const branch = audit.branch ?? await github.defaultBranch();
    const done = await within(
      github.commitFile({ branch, path: repoPathOf(prepared, relative), content, message: `${message} [skip ci]` }),
      budgetMs,
      () => void 0
    );
    return done ? void 0 : "not committed before the shutdown deadline";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

// src/use-cases/apply/record-apply.ts
import path8 from "node:path";

// src/audit/write-audit.ts
import { writeFile } from "node:fs/promises";
import path7 from "node:path";
async function writeAuditRecord(directory, record, relative = auditRelativePath(new Date(record.startedAt), record.who.commit)) {
  const target = path7.join(directory, relative);
  await ensureDirectory(path7.dirname(target));
  const body = `${JSON.stringify(record, null, 2)}
`;
  for (let n = 0; ; n++) {
    const candidate = n === 0 ? target : target.replace(/\.json$/, `-${n}.json`);
    try {
      await writeFile(candidate, body, { flag: "wx" });
      return candidate;
    } catch (error) {
      if (error.code !== "EEXIST" || n > 100) throw error;
    }
  }
}

// src/use-cases/apply/record-apply.ts
function buildApplyRecord(input) {
  const { inputs } = input.prepared;
  return buildAuditRecord(
    {
      startedAt: input.startedAt,
      finishedAt: /* @__PURE__ */ new Date(),
      who: input.who,
      plan: input.prepared.plan,
      source: input.prepared.source,
      results: input.execution.results,
      interrupted: input.interrupted !== void 0,
      stats: inputs.cxone.stats(),
      durationsMs: {
        total: Date.now() - input.startedAt.getTime(),
        read: Math.round(inputs.readMs),
        plan: Math.round(inputs.planMs),
        apply: Math.round(input.execution.applyMs),
        verify: Math.round(input.verifyMs)
      },
      verification: input.verification,
      webhook: input.webhook,
      override: {
        ...input.request.reason ? { reason: input.request.reason } : {},
        window: Boolean(input.request.forceWindow && input.prepared.plan.policy.window && !input.prepared.plan.policy.window.open)
      },
      ...input.runId ? { runId: input.runId } : {},
      journal: input.journal,
      unfinishedRuns: input.unfinishedRuns
    },
    input.trail
  );
}
function auditDirectory(request, prepared) {
  return request.auditDir ?? path8.join(prepared.inputs.root, prepared.inputs.settings.audit.directory);
}
async function writeApplyRecord(directory, record, journalStem) {
  try {
    return { written: true, path: await writeAuditRecord(directory, record, `${journalStem}.json`) };
  } catch (error) {
    return { written: false, directory, error: error instanceof SkillopsError ? error.message : error.code ?? String(error) };
  }
}

// src/use-cases/apply/record-stopped.ts
import path9 from "node:path";
async function recordStopped(run2, request, deps) {
  const where = run2.prepared ? { dir: auditDirectory(request, run2.prepared), skills: run2.prepared.inputs.settings.skillsDir, root: run2.prepared.inputs.root } : await auditFolderOf(request, deps);
  if (!where) return void 0;
  const who = await whoFromEnvironment(deps.env, deps.cwd, [path9.join(where.root, where.skills), path9.resolve(deps.cwd, request.config)]);
  const { prepared } = run2;
  const record = buildStoppedRecord({
    runId: run2.runId,
    startedAt: run2.startedAt,
    finishedAt: /* @__PURE__ */ new Date(),
    phase: run2.phase,
    signal: run2.signal,
    who,
    ...prepared ? {
      plan: {
        plan: prepared.plan,
        source: prepared.source,
        stats: prepared.inputs.cxone.stats(),
        readMs: prepared.inputs.readMs,
        planMs: prepared.inputs.planMs
      }
    } : {},
    ...request.lock ? { lock: request.lock } : {},
    unfinishedJournals: run2.unfinished.map((u) => u.journal)
  });
  try {
    return { record, audit: { written: true, path: await writeAuditRecord(where.dir, record, auditRelativePath(run2.startedAt, who.commit)) } };
  } catch (error) {
    const why = error instanceof SkillopsError ? error.message : error.code ?? String(error);
    return { record, audit: { written: false, directory: where.dir, error: why } };
  }
}
async function auditFolderOf(request, deps) {
  try {
    const loaded = await loadSettings(request.config, deps.cwd);
    if (hasErrors(loaded.problems)) return request.auditDir ? { dir: request.auditDir, skills: "skills", root: loaded.root } : void 0;
    const { settings, root } = loaded;
    return { dir: request.auditDir ?? path9.join(root, settings.audit.directory), skills: settings.skillsDir, root };
  } catch {
    return void 0;
  }
}

// src/use-cases/apply/run-trail.ts
function runTrail(request, prepared, who) {
  const s = prepared.scheduled;
  return {
    ...request.lock ? { lock: request.lock } : {},
    ...request.force || request.forceWindow ? { forced: { by: who.actor, reason: request.reason ?? "" } } : {},
    ...s ? { scheduled: { selfHeal: s.selfHeal, due: s.due, drift: s.drift.length, driftChanges: s.drift } } : {},
    ...prepared.leftAlone?.length ? { leftAlone: prepared.leftAlone } : {}
  };
}

// src/use-cases/apply/scheduled/select-due.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
var key = (c) => `${c.action}:${c.skillId}:${c.agentId}:${c.after?.proficiency ?? ""}:${c.after?.isActive ?? ""}`;
function describeChange(plan, c) {
  const skill = plan.queues.find((q) => q.skillId === c.skillId)?.skillName ?? String(c.skillId);
  const after = c.after ? ` proficiency ${c.after.proficiency}${c.after.isActive ? "" : " (inactive)"}` : "";
  const before = c.before ? ` (live: proficiency ${c.before.proficiency}${c.before.isActive ? "" : ", inactive"})` : "";
  return `${c.action} ${skill} / ${c.userName} (${c.agentId})${after}${before}`;
}
function narrowPlan(plan, keep, activeAgent, judge, impactOf) {
  const queues = plan.queues.map((q) => {
    const changes = q.changes.filter(keep);
    let activeAfter = q.coverage.activeBefore;
    for (const c of changes) if (activeAgent(c.agentId)) activeAfter += (c.after?.isActive ? 1 : 0) - (c.before?.isActive ? 1 : 0);
    return { ...q, changes, coverage: { ...q.coverage, activeAfter } };
  });
  const summary = { ...plan.summary, add: 0, update: 0, remove: 0, queuesChanged: queues.filter((q) => q.changes.length > 0).length };
  for (const q of queues) for (const c of q.changes) summary[c.action]++;
  const { impact: _whole, ...rest } = plan;
  const impact = impactOf?.(queues);
  return { ...rest, queues, summary, policy: judge(queues), ...impact ? { impact } : {} };
}
function selectScheduled(prepared, request) {
  if (!request.scheduled) return prepared;
  const { inputs } = prepared;
  const { schedule } = inputs.settings;
  const earlierNow = new Date(inputs.now.getTime() - schedule.catchUpDays * DAY_MS);
  const earlier = makePlan({ desired: inputs.desired, live: inputs.live, now: earlierNow, settings: inputs.settings, force: request.force ?? false });
  if (!earlier.plan) throw new ConfigError(earlier.problems, "the desired state does not match the live tenant");
  const before = new Set(earlier.plan.queues.flatMap((q) => q.changes.map(key)));
  const isDue = (c) => !before.has(key(c));
  const agents = new Map(inputs.live.agents.map((a) => [a.agentId, a.isActive]));
  const activeAgent = (id) => agents.get(id) ?? false;
  const force = request.force ?? false;
  const all = prepared.plan.queues.flatMap((q) => q.changes);
  const driftChanges = all.filter((c) => !isDue(c));
  const driftPlan = narrowPlan(prepared.plan, (c) => !isDue(c), activeAgent, policyJudge({ ...inputs, force: true }), impactJudge(inputs));
  const plan = schedule.selfHeal ? prepared.plan : narrowPlan(prepared.plan, isDue, activeAgent, policyJudge({ ...inputs, force }), impactJudge(inputs));
  return {
    ...prepared,
    plan,
    scheduled: {
      selfHeal: schedule.selfHeal,
      catchUpDays: schedule.catchUpDays,
      due: all.length - driftChanges.length,
      drift: driftChanges.map((c) => describeChange(prepared.plan, c)),
      driftPlan
    }
  };
}

// src/use-cases/apply/verify.ts
function rereadTouched(cxone, live, skillIds, concurrency) {
  return rereadSkills(cxone, live, skillIds, concurrency);
}
var key2 = (c) => `${c.action} ${c.skillId}:${c.agentId}`;
function compareAfterApply(fresh, results, touched) {
  const touchedSet = new Set(touched);
  const remaining = fresh.queues.filter((q) => touchedSet.has(q.skillId)).flatMap((q) => q.changes);
  const expected = new Set(results.filter((r) => r.status !== "applied").map((r) => key2(r.change)));
  const unexpected = [];
  for (const c of remaining) {
    if (!expected.delete(key2(c)))
      unexpected.push(`${c.skillId} ${c.userName} (${c.agentId}): still needs ${c.action} although it was reported applied or was never planned`);
  }
  for (const k of expected) unexpected.push(`${k}: reported as failed, but live CXone already matches the desired state`);
  return { ok: unexpected.length === 0, checkedSkills: touched.length, unexpected };
}

// src/use-cases/apply/verify-apply.ts
async function verifyApply(prepared, execution, shutdown) {
  if (execution.interrupted)
    return {
      verification: { ok: false, skipped: `interrupted by ${execution.interrupted} during the writes` },
      verifyMs: 0,
      interrupted: execution.interrupted
    };
  const start = performance.now();
  const raced = await shutdown.race(checkLiveAfterApply(prepared, execution));
  const verifyMs = performance.now() - start;
  if ("value" in raced) return { verification: raced.value, verifyMs };
  return { verification: { ok: false, skipped: `interrupted by ${raced.stopped} during verification` }, verifyMs, interrupted: raced.stopped };
}
async function checkLiveAfterApply(prepared, execution) {
  const { cxone, live, desired, now, settings } = prepared.inputs;
  const touched = [...new Set(execution.batches.map((b) => b.skillId))];
  try {
    const reread = await rereadTouched(cxone, live, touched, settings.apply.concurrency);
    const fresh = makePlan({ desired, live: reread, now, settings, force: true });
    return fresh.plan ? compareAfterApply(fresh.plan, execution.results, touched) : { ok: false, skipped: "the desired state no longer resolves against the tenant" };
  } catch (error) {
    return { ok: false, skipped: `could not re-read the touched skills: ${error instanceof SkillopsError ? error.message : redact(String(error))}` };
  }
}

// src/use-cases/apply/run-apply.ts
async function performApply(request, deps) {
  const hooks = deps.hooks ?? {};
  const startedAt = /* @__PURE__ */ new Date();
  const runId = randomUUID2();
  const shutdown = new Shutdown({ stop: deps.stop, stopNow: deps.stopNow, hooks });
  try {
    const read = await shutdown.race(prepareApply(request, deps, shutdown.hard));
    if ("stopped" in read) {
      const stopped = await recordStopped({ runId, startedAt, phase: "read", signal: read.stopped, unfinished: [] }, request, deps);
      return { status: "stopped", signal: read.stopped, phase: "read", unfinishedRuns: [], ...stopped };
    }
    const prepared = selectScheduled(read.value, request);
    const auditDir = auditDirectory(request, prepared);
    const unfinished = await unfinishedRuns(auditDir);
    if (unfinished.length > 0) hooks.unfinishedFound?.(unfinished, auditDir);
    const base = {
      plan: prepared.plan,
      source: prepared.source,
      unfinishedRuns: unfinished,
      ...prepared.scheduled ? { scheduled: prepared.scheduled } : {},
      ...prepared.leftAlone?.length ? { leftAlone: prepared.leftAlone } : {}
    };
    hooks.planReady?.(prepared.plan, prepared.source);
    for (const guard of deps.guards ?? DEFAULT_GUARDS) await guard(prepared, request);
    const nothingToApply = !hasChanges(prepared.plan);
    if (nothingToApply && unfinished.length === 0) return { ...base, status: "no-changes" };
    if (!nothingToApply) {
      const raced = await shutdown.race(confirmApply(request, prepared, hooks).catch(signalAtPrompt));
      const answer = "stopped" in raced ? raced.stopped : raced.value;
      if (typeof answer === "string") {
        const stopped = await recordStopped({ runId, startedAt, phase: "confirm", signal: answer, prepared, unfinished }, request, deps);
        return { status: "stopped", signal: answer, phase: "confirm", unfinishedRuns: unfinished, ...stopped };
      }
      if (!answer) return { ...base, status: "cancelled" };
    }
    const batches = planBatches(
      prepared.plan,
      prepared.inputs.settings.apply.batchSize,
      prepared.inputs.cxone.writePairs ? prepared.inputs.settings.apply.bulkPairs : 0
    );
    const { root, settings } = prepared.inputs;
    const whoLocal = await whoFromEnvironment(deps.env, deps.cwd, [path10.join(root, settings.skillsDir), path10.resolve(deps.cwd, request.config)]);
    const journal = await startApplyJournal(auditDir, startedAt, whoLocal, prepared, batches);
    const recorder = journalRecorder(journal);
    void shutdown.stopped.then((reason) => recorder.stopping(reason));
    const gitHub = githubFor(request, deps);
    if (gitHub) await shutdown.race(publishStarted(gitHub, prepared, journal, hooks));
    const execution = await executePlan(prepared, batches, shutdown, recorder, hooks);
    const counts = countResults(execution.results);
    const verified = await verifyApply(prepared, execution, shutdown);
    const { verification, verifyMs } = verified;
    const interrupted = execution.interrupted ?? verified.interrupted;
    const { who, github } = await addPullRequest(gitHub, deps, whoLocal, Math.min(1e3, shutdown.remainingMs()));
    const webhook = nothingToApply ? { delivered: false, skipped: "nothing was applied" } : await notifyApply({
      prepared,
      who,
      results: execution.results,
      counts,
      verification,
      env: deps.env,
      runId,
      budgetMs: shutdown.remainingMs(),
      urgent: shutdown.urgent
    });
    const record = buildApplyRecord({
      startedAt,
      prepared,
      who,
      execution,
      verification,
      verifyMs,
      webhook,
      request,
      runId,
      interrupted,
      journal: `${journal.stem}.journal.jsonl`,
      unfinishedRuns: unfinished,
      trail: runTrail(request, prepared, who)
    });
    const audit = await writeApplyRecord(auditDir, record, journal.stem);
    await finishApplyJournal(journal, record, audit, auditDir);
    if (audit.written) await closeUnfinished(shutdown.reason ? void 0 : gitHub, prepared, auditDir, unfinished, `${journal.stem}.json`, hooks);
    const commit = github ? await publishAuditRecord(github, prepared, startedAt, record, shutdown.remainingMs()) : void 0;
    return {
      ...base,
      status: "finished",
      results: execution.results,
      counts,
      ...interrupted ? { interrupted } : {},
      verification,
      webhook,
      record,
      journal: `${journal.stem}.journal.jsonl`,
      audit,
      ...commit ? { commit } : {}
    };
  } finally {
    shutdown.dispose();
  }
}
function signalAtPrompt(error) {
  if (error instanceof CancelledError && (error.exitCode === 130 || error.exitCode === 143)) return error.exitCode === 143 ? "SIGTERM" : "SIGINT";
  throw error;
}
async function publishStarted(github, prepared, journal, hooks) {
  const changes = prepared.plan.queues.reduce((n, q) => n + q.changes.length, 0);
  const notCommitted = await publishJournal(
    github,
    prepared,
    journal.relative,
    snapshotText(await journal.text(), journal.relative),
    `audit: skillops apply started (${changes} changes)`
  );
  if (notCommitted)
    hooks.warn?.(
      `The started journal could not be committed (${notCommitted}); if this run is killed, its trace is only in ${journal.relative} (the workflow artifact).`
    );
}
async function closeUnfinished(github, prepared, auditDir, runs, by, hooks) {
  await supersedeUnfinished(auditDir, runs, by);
  if (!github) return;
  for (const run2 of runs) {
    const notCommitted = await publishJournal(
      github,
      prepared,
      run2.journal,
      await readJournalText(auditDir, run2),
      `audit: unfinished apply ${run2.journal} superseded by ${by}`
    );
    if (notCommitted) hooks.warn?.(`The superseded journal ${run2.journal} could not be committed (${notCommitted}); the next apply may report it again.`);
  }
}

// src/use-cases/apply/locked-apply.ts
function githubConfigured(request, deps) {
  return Boolean(request.commitAudit || deps.githubGiven || deps.env.GITHUB_TOKEN && deps.env.GITHUB_REPOSITORY);
}
async function performLockedApply(request, deps) {
  let github;
  if (deps.github && githubConfigured(request, deps)) {
    github = deps.github();
  }
  const settingsFile = path11.resolve(deps.cwd, request.config);
  const tenant = tenantOfSettings(settingsFile)?.name;
  const store = deps.lockStore ?? (github ? new GitHubLockStore(github, lockBranchFor(tenant)) : new FileLockStore(path11.dirname(settingsFile)));
  const who = await whoFromEnvironment(deps.env, deps.cwd);
  let lock;
  try {
    lock = await acquireLock(store, newHolder(deps.env, who.actor), request.forceUnlock, deps.env);
  } catch (error) {
    if (error instanceof GitHubError) {
      throw new GitHubAccessError(
        `cannot take the apply lock in GitHub: ${error.message}. Nothing was read from or written to CXone; check GITHUB_TOKEN (contents: write) and GITHUB_REPOSITORY.`
      );
    }
    throw error;
  }
  const taken = lock.trail.takenOver;
  if (taken)
    deps.hooks?.warn?.(
      `Took over the apply lock ${taken.id} of ${taken.actor} (since ${taken.since}, ${store.where}): ${taken.why}. The audit record names it.`
    );
  const guards = [...deps.guards ?? DEFAULT_GUARDS, ...request.commitAudit && github ? [auditAccessGuard(github)] : []];
  try {
    return await performApply({ ...request, lock: lock.trail }, { ...deps, guards, ...github ? { github: () => github } : {} });
  } finally {
    try {
      await lock.release();
    } catch (error) {
      deps.hooks?.warn?.(
        `Could not release the apply lock (${store.where}): ${error instanceof Error ? error.message : String(error)}. Remove it with --force-unlock ${lock.trail.id} once this run has ended.`
      );
    }
  }
}

// src/use-cases/apply/apply-from-repository.ts
async function applyFromRepository(given, io, context, hooks) {
  const options = checkedApplyOptions(given, io.env);
  let outcome;
  try {
    outcome = await performLockedApply(options, {
      githubGiven: context.github !== void 0,
      // `abort` (the shutdown's hard stop) cancels the client's requests in flight and its waits
      readAndPlan: (r, abort) => computePlan(
        {
          config: r.config,
          force: r.force ?? false,
          ...r.now ? { now: r.now } : {},
          tuning: { ...r.tuning, abort },
          ...r.target ? { target: r.target } : {}
        },
        io
      ),
      env: io.env,
      cwd: io.cwd,
      ...context.stop ? { stop: context.stop } : {},
      ...context.stopNow ? { stopNow: context.stopNow } : {},
      github: () => context.github ?? createGitHub(githubContext(io.env, {}, { repoFlag: false }), io.env),
      hooks
    });
  } catch (error) {
    if (options.pr !== void 0 && error instanceof SkillopsError) {
      for (const [i, pr] of [options.pr, ...options.alsoPrs ?? []].entries()) {
        const note = await explainRefusal(redact(error.message, io.env), pr, io, context.github, i > 0);
        if (note) hooks.warn?.(note);
      }
    }
    throw error;
  }
  const tenant = tenantOfSettings(path12.resolve(io.cwd, options.config))?.name;
  const drift = outcome.scheduled ? await reportScheduledDrift(outcome.scheduled, io, context.github, tenant) : void 0;
  if (outcome.status === "finished") await writeStepSummary(io, applySummaryMarkdown(outcome) + leftAloneMarkdown(outcome.leftAlone));
  if (outcome.status === "finished" && options.commitAudit) await markOlderPlans(outcome, options, io, context, hooks);
  return { outcome, ...drift ? { drift } : {} };
}
async function markOlderPlans(outcome, options, io, context, hooks) {
  const names2 = new Map(outcome.plan.queues.map((q) => [q.skillId, q.skillName]));
  const changed = /* @__PURE__ */ new Map();
  for (const r of outcome.results) if (r.status === "applied") changed.set(r.change.skillId, names2.get(r.change.skillId) ?? String(r.change.skillId));
  const commit = io.env.GITHUB_SHA;
  if (changed.size === 0 || !commit) return;
  try {
    const github = context.github ?? createGitHub(githubContext(io.env, {}, { repoFlag: false }), io.env);
    const branch = await github.defaultBranch();
    const merged = options.pr !== void 0 ? [options.pr, ...options.alsoPrs ?? []] : [];
    const marks = await markOutdatedPlans(github, { branch, commit, changed, pullRequests: merged }, ownCommentFilter(io.env));
    const lines = marks.marked.map(
      (m) => `Marked the plan on #${m.pullRequest} outdated: this apply changed ${m.queues.map((q) => forTerminal(q)).join(", ")}.`
    );
    for (const line of lines) hooks.warn?.(line);
    if (lines.length > 0) await writeStepSummary(io, `
${marks.marked.map((m) => `- plan comment on #${m.pullRequest} marked outdated`).join("\n")}
`);
  } catch (error) {
    hooks.warn?.(`Could not mark older plan comments outdated: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// src/cli/commands/apply.ts
async function applyCommand(options, io, context = {}) {
  return (await runApply(options, io, context)).exitCode;
}
async function runApply(options, io, context = {}) {
  const json = options.format === "json";
  const { outcome, drift } = await applyFromRepository(options, io, context, hooksFor(io, json));
  if (outcome.scheduled) {
    const say = json ? io.err : io.out;
    say(scheduledText(outcome.scheduled));
    if (drift?.issue) say(`Drift issue #${drift.issue.number} ${drift.issue.action}.
`);
    if (drift?.error) io.err(`Could not update the drift issue: ${drift.error}
`);
  }
  if (outcome.status === "finished" || outcome.status === "stopped") io.err(auditNotWrittenText(outcome));
  if ("leftAlone" in outcome) (json ? io.err : io.out)(leftAloneText(outcome.leftAlone));
  io.out(json ? applyJson(outcome) : applyText(outcome, { color: io.color, cwd: io.cwd }));
  if (outcome.status !== "finished") return { exitCode: applyExitCode(outcome), results: [], outcome };
  io.err(auditCommitFailedText(outcome));
  return {
    exitCode: applyExitCode(outcome),
    ...outcome.audit.written ? { auditPath: outcome.audit.path } : {},
    results: outcome.results,
    ..."unexpected" in outcome.verification ? { verification: outcome.verification } : {},
    outcome
  };
}
function hooksFor(io, json) {
  let writing = false;
  return {
    planReady: (plan, source) => {
      if (source === "fresh" && !json) io.out(planText(plan, io.color));
    },
    ...io.confirm && !json ? { confirm: (plan) => io.confirm(`
Apply these changes to ${tenantOf(plan)}? Only "yes" is accepted: `) } : {},
    // with --format json, stdout holds only the document: progress lines go to stderr
    startProgress: (total) => {
      writing = true;
      return progressFor(json ? { ...io, out: io.err } : io, total, "Applying");
    },
    unfinishedFound: (runs, auditDir) => io.err(unfinishedRunsText(runs, auditDir, io.cwd)),
    stopping: (signal) => io.err(
      writing ? `
${signal} received: finishing the requests in flight (${GRACE_MS / 1e3} s at most), then writing the audit record...
` : `
${signal} received: stopping before any write to CXone; writing the audit record...
`
    ),
    warn: (message) => io.err(`${message}
`)
  };
}
var APPLIED_NOT_COMMITTED = 3;
var signalExit = (signal) => signal === "SIGTERM" ? 143 : 130;
function applyExitCode(outcome) {
  if (outcome.status === "no-changes") return 0;
  if (outcome.status === "cancelled") return 1;
  if (outcome.status === "stopped") return signalExit(outcome.signal);
  if (outcome.interrupted) return signalExit(outcome.interrupted);
  const failed = outcome.results.some((r) => r.status !== "applied");
  if (failed || !outcome.verification.ok || !outcome.audit.written) return 1;
  return outcome.commit !== void 0 && !outcome.commit.committed ? APPLIED_NOT_COMMITTED : 0;
}
export {
  applyCommand,
  runApply
};
