// JSON Schemas for every CXone endpoint skillops uses, written from NICE's official definitions:
// the v34 documents vendored in valon-technologies/gestalt-providers (app/nice_incontact/
// openapi.yaml: admin-skills-api-docs, admin-agents-api-docs, global-authentication-api), and for
// GET /skills (absent from that copy) the older official copy in openapis/api-specs
// (niceincontact/admin/v9.0/Admin/Skills). Each schema names its source operation.
//
// Request schemas are closed (additionalProperties: false): skillops must send only what the
// definition declares. Response schemas keep the definition's openness (item schemas there do
// not forbid extra fields; the envelopes that do are closed here too).
// Query strings arrive as text: booleans are "true"/"false", integers digits.

type Schema = Record<string, unknown>;

const BOOL = { type: 'string', enum: ['true', 'false'] };
const INT = { type: 'string', pattern: '^[0-9]+$' };
const TEXT = { type: 'string' };
const DATE_TIME = { type: 'string', format: 'date-time' };
const LINKS = { type: 'object', properties: { self: TEXT, next: TEXT, previous: TEXT } };

/** Query parameters as an object of strings; only declared names allowed. */
const query = (properties: Record<string, Schema>, required: string[] = []): Schema => ({ type: 'object', additionalProperties: false, properties, required });

export interface Operation {
  /** operationId in the definition it was written from. */
  source: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below the API root (/inContactAPI/services/v34.0) or on the auth origin. */
  path: RegExp;
  query?: Schema;
  /** JSON body, or for the token endpoint the form fields as an object. */
  request?: Schema;
  /** Documented answers: status -> body schema (null: documented without a body schema). */
  responses: Record<string, Schema | null>;
  /** Headers a documented answer must carry (lower-case name -> allowed values). */
  responseHeaders?: Record<string, Record<string, string[]>>;
}

// ---- Authentication --------------------------------------------------------------------------

// global_authentication_api.gettoken: tokenAccessKeyRequest and tokenRefreshRequest (the grants
// skillops uses), answers 200 and 400, both with Cache-Control: no-store and Pragma: no-cache.
const tokenAccessKey = {
  $comment: 'global_authentication_api.gettoken / tokenAccessKeyRequest',
  type: 'object',
  additionalProperties: false,
  properties: { grant_type: { const: 'password' }, username: TEXT, password: TEXT, client_id: TEXT, client_secret: TEXT },
  required: ['grant_type', 'username', 'password'],
};
const tokenRefresh = {
  $comment: 'global_authentication_api.gettoken / tokenRefreshRequest (client_id required)',
  type: 'object',
  additionalProperties: false,
  properties: { grant_type: { const: 'refresh_token' }, refresh_token: TEXT, client_id: TEXT },
  required: ['client_id', 'grant_type', 'refresh_token'],
};
const NO_STORE = { 'cache-control': ['no-store'], pragma: ['no-cache'] };

export const token: Operation = {
  source: 'global_authentication_api.gettoken',
  method: 'POST',
  path: /^\/auth\/token$/,
  request: { oneOf: [tokenAccessKey, tokenRefresh] },
  responses: {
    200: {
      type: 'object',
      properties: {
        access_token: TEXT,
        token_type: TEXT,
        expires_in: { type: 'integer' },
        refresh_token: TEXT,
        id_token: { type: 'string', format: 'jwt' },
        issued_token_type: TEXT,
      },
      required: ['access_token', 'token_type', 'refresh_token', 'expires_in', 'id_token'],
    },
    400: {
      type: 'object',
      properties: {
        error: { enum: ['invalid_request', 'invalid_client', 'invalid_grant', 'unauthorized_client', 'unsupported_grant_type', 'invalid_scope'] },
        error_description: TEXT,
      },
      required: ['error'],
    },
  },
  responseHeaders: { 200: NO_STORE, 400: NO_STORE },
};

// global_authentication_api.getcxoneconfig: tenantId required, a UUID; 200 or 404.
export const discovery: Operation = {
  source: 'global_authentication_api.getcxoneconfig',
  method: 'GET',
  path: /^\/\.well-known\/cxone-configuration$/,
  query: query({ tenantId: { type: 'string', format: 'uuid' } }, ['tenantId']),
  responses: {
    200: {
      type: 'object',
      properties: {
        acdDomain: TEXT,
        api_endpoint: { type: 'string', format: 'url' },
        area: TEXT,
        auth_endpoint: { type: 'string', format: 'url' },
        cluster: TEXT,
        domain: TEXT,
        globaldomain: TEXT,
        private: { type: 'boolean' },
        tenantId: TEXT,
        uhDomain: TEXT,
        ui_endpoint: { type: 'string', format: 'url' },
        region: TEXT,
      },
      required: ['private', 'ui_endpoint', 'auth_endpoint', 'api_endpoint', 'region', 'domain', 'uhDomain'],
    },
    404: null,
  },
};

// ---- Reads -----------------------------------------------------------------------------------

// Older official copy (v9 Admin/Skills), GET /skills: getSkills -> GetCreateSkillResponse.
export const listSkills: Operation = {
  source: 'v9 Admin/Skills GET /skills (GetCreateSkillResponse)',
  method: 'GET',
  path: /^\/skills$/,
  query: query({
    updatedSince: TEXT,
    mediaTypeId: INT,
    outboundStrategy: TEXT,
    isActive: BOOL,
    searchString: TEXT,
    fields: TEXT,
    skip: INT,
    top: INT,
    orderBy: TEXT,
  }),
  responses: {
    200: {
      type: 'object',
      additionalProperties: false,
      properties: {
        _links: LINKS,
        businessUnitId: { type: 'integer' },
        lastPollTime: TEXT,
        totalRecords: { type: 'integer' },
        skills: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              skillId: { type: 'integer' },
              skillName: TEXT,
              mediaTypeId: { type: 'integer' },
              mediaTypeName: TEXT,
              isActive: { type: 'boolean' },
              campaignId: { type: 'integer' },
              campaignName: TEXT,
              isOutbound: { type: 'boolean' },
            },
          },
        },
      },
    },
    204: null,
    400: null,
  },
};

// admin_admin_agents_api_docs.get_agents (note the spelling updateSince; skip/top typed string).
export const listAgents: Operation = {
  source: 'admin_admin_agents_api_docs.get_agents',
  method: 'GET',
  path: /^\/agents$/,
  query: query({ updateSince: TEXT, isActive: BOOL, isLocked: BOOL, searchString: TEXT, fields: TEXT, skip: TEXT, top: TEXT, orderBy: TEXT }),
  responses: {
    200: {
      type: 'object',
      additionalProperties: false,
      properties: {
        _links: LINKS,
        businessUnitId: { type: 'integer' },
        hiddenAgents: { type: 'integer' },
        lastPollTime: TEXT,
        totalRecords: { type: 'integer' },
        agents: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              agentId: { type: 'integer' },
              userName: { type: 'string', minLength: 1 },
              firstName: { type: 'string', minLength: 1, maxLength: 50 },
              lastName: { type: 'string', minLength: 1, maxLength: 50 },
              emailAddress: { type: 'string', minLength: 1 },
              teamId: { type: 'integer' },
              teamName: TEXT,
              isActive: { type: 'boolean' },
            },
          },
        },
      },
    },
    204: null,
    400: null,
    401: null,
    403: null,
    404: null,
    409: null,
    500: null,
  },
};

// admin_admin_agents_api_docs.get_incontactapi_services_v34_0_teams
export const listTeams: Operation = {
  source: 'admin_admin_agents_api_docs.get_incontactapi_services_v34_0_teams',
  method: 'GET',
  path: /^\/teams$/,
  query: query({ fields: TEXT, updateSince: TEXT, isActive: BOOL, searchString: TEXT, skip: TEXT, top: TEXT, orderBy: TEXT }),
  responses: {
    200: {
      type: 'object',
      additionalProperties: false,
      properties: {
        _links: LINKS,
        businessUnitId: { type: 'integer' },
        lastPollTime: DATE_TIME,
        totalRecords: { type: 'integer' },
        teams: { type: 'array', items: { type: 'object', properties: { teamId: { type: 'integer' }, teamName: TEXT, isActive: { type: 'boolean' } } } },
      },
    },
    204: null,
    400: null,
    401: null,
    403: null,
    404: null,
    409: null,
    500: null,
  },
};

const tenantWideItem = {
  type: 'object',
  properties: {
    agentId: { type: 'integer' },
    agentName: TEXT,
    agentProficiencyName: TEXT,
    agentProficiencyValue: { type: 'integer' },
    campaignId: { type: 'integer' },
    campaignName: TEXT,
    emailFromAddress: TEXT,
    internalId: TEXT,
    isActive: { type: 'boolean' },
    isAgentActive: { type: 'boolean' },
    isDialer: { type: 'boolean' },
    isNaturalCalling: { type: 'boolean' },
    isNaturalCallingRunning: { type: 'integer' },
    isOutbound: { type: 'boolean' },
    isSkillActive: { type: 'boolean' },
    lastPollTime: TEXT,
    lastUpdateTime: TEXT,
    mediaType: { type: 'integer' },
    mediaTypeName: TEXT,
    notes: TEXT,
    outboundStrategy: TEXT,
    priorityBlending: { type: 'boolean' },
    requireDisposition: { type: 'boolean' },
    screenPopTriggerEvent: TEXT,
    scriptDisposition: { type: 'boolean' },
    skillId: { type: 'integer' },
    skillName: TEXT,
    teamId: { type: 'integer' },
    useACW: { type: 'boolean' },
    useDisposition: { type: 'boolean' },
    useSecondaryDispositions: { type: 'boolean' },
  },
};

// admin_admin_agents_api_docs.get_agents_skills: isActive and isAgentActive REQUIRED (default
// true), isSkillActive default true; businessUnitId is a string in this operation.
export const listAllAssignments: Operation = {
  source: 'admin_admin_agents_api_docs.get_agents_skills',
  method: 'GET',
  path: /^\/agents\/skills$/,
  query: query(
    {
      UpdatedSince: TEXT,
      fields: TEXT,
      searchString: TEXT,
      mediaTypeId: INT,
      outboundStrategy: TEXT,
      isSkillActive: BOOL,
      isAgentActive: BOOL,
      isActive: BOOL,
      skip: INT,
      top: INT,
      orderBy: TEXT,
    },
    ['isAgentActive', 'isActive'],
  ),
  responses: {
    200: {
      type: 'object',
      additionalProperties: false,
      properties: {
        _links: LINKS,
        agentSkillAssignments: { type: 'array', items: tenantWideItem },
        businessUnitId: TEXT,
        lastPollTime: TEXT,
        totalRecords: { type: 'integer' },
      },
    },
    204: null,
    400: null,
    401: null,
    409: null,
    500: null,
  },
};

const SKILL_AGENT_REQUIRED = [
  'agentId',
  'firstName',
  'middleName',
  'lastName',
  'agentProficiencyValue',
  'agentProficiencyName',
  'campaignId',
  'campaignName',
  'emailFromAddress',
  'internalId',
  'isActive',
  'isSkillActive',
  'isDialer',
  'isNaturalCalling',
  'isNaturalCallingRunning',
  'isOutbound',
  'lastUpdateTime',
  'mediaTypeId',
  'mediaTypeName',
  'notes',
  'outboundStrategy',
  'priorityBlending',
  'requireDisposition',
  'scriptDisposition',
  'skillId',
  'skillName',
  'teamId',
  'teamName',
  'useACW',
  'useDisposition',
  'useSecondaryDispositions',
  'screenPopTriggerEvent',
];
const assignmentItemProperties = {
  agentId: { type: 'integer' },
  agentProficiencyName: TEXT,
  agentProficiencyValue: { type: 'integer' },
  agentSklStatus: TEXT,
  campaignId: { type: 'integer' },
  campaignName: TEXT,
  emailFromAddress: TEXT,
  firstName: TEXT,
  internalId: TEXT,
  isActive: { type: 'boolean' },
  isAssigned: { type: 'boolean' },
  isDialer: { type: 'boolean' },
  isNaturalCalling: { type: 'boolean' },
  isNaturalCallingRunning: { type: 'boolean' },
  isOutbound: { type: 'boolean' },
  isSkillActive: { type: 'boolean' },
  lastName: TEXT,
  lastUpdateTime: DATE_TIME,
  mediaTypeId: { type: 'integer' },
  mediaTypeName: TEXT,
  middleName: TEXT,
  notes: TEXT,
  outboundStrategy: TEXT,
  priorityBlending: { type: 'boolean' },
  requireDisposition: { type: 'boolean' },
  screenPopTriggerEvent: TEXT,
  scriptDisposition: { type: 'boolean' },
  skillId: { type: 'integer' },
  skillName: TEXT,
  teamId: { type: 'integer' },
  teamName: TEXT,
  useACW: { type: 'boolean' },
  useDisposition: { type: 'boolean' },
  useSecondaryDispositions: { type: 'boolean' },
  userId: TEXT,
};

// admin_admin_skills_api_docs.getagentsbyskillid -> getSkillAgentsResponse (businessUnitId,
// lastPollTime, totalRecords required; every item field below required).
export const listSkillAssignments: Operation = {
  source: 'admin_admin_skills_api_docs.getagentsbyskillid',
  method: 'GET',
  path: /^\/skills\/\d+\/agents$/,
  query: query({ updatedSince: DATE_TIME, fields: TEXT, searchString: TEXT, skip: INT, top: INT, orderBy: TEXT }),
  responses: {
    200: {
      type: 'object',
      additionalProperties: false,
      properties: {
        _links: LINKS,
        agentSkillAssignments: { type: 'array', items: { type: 'object', properties: assignmentItemProperties, required: SKILL_AGENT_REQUIRED } },
        businessUnitId: { type: 'integer' },
        hiddenAgents: { type: 'integer' },
        lastPollTime: DATE_TIME,
        totalRecords: { type: 'integer' },
      },
      required: ['businessUnitId', 'totalRecords', 'lastPollTime'],
    },
    204: null,
    400: null,
    401: null,
    403: null,
    404: null,
    500: null,
  },
};

// admin_admin_agents_api_docs.getskillsbyagentid -> getAgentSkillsResponse. The definition
// requires "resultSet" while closing the object without declaring it (no answer can satisfy
// both); the declared properties are kept and the impossible requirement dropped. Items carry
// no agentId (the definition names an agentID_alt).
export const listAgentAssignments: Operation = {
  source: 'admin_admin_agents_api_docs.getskillsbyagentid',
  method: 'GET',
  path: /^\/agents\/\d+\/skills$/,
  query: query({
    updatedSince: DATE_TIME,
    fields: TEXT,
    mediaTypeId: INT,
    outboundStrategy: TEXT,
    isSkillActive: BOOL,
    searchString: TEXT,
    isAssignedSkillActive: BOOL,
    skip: INT,
    top: INT,
    orderBy: TEXT,
  }),
  responses: {
    200: {
      type: 'object',
      additionalProperties: false,
      properties: {
        _links: LINKS,
        agentSkillAssignments: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              ...assignmentItemProperties,
              agentID_alt: { type: 'integer' },
              isRestricted: { type: 'boolean' },
              isNaturalCallingRunning: { type: 'boolean' },
            },
          },
        },
        businessUnitId: { type: 'integer' },
        lastPollTime: DATE_TIME,
        totalRecords: { type: 'integer' },
      },
    },
    204: null,
    400: null,
    403: { type: 'object', additionalProperties: false, properties: { error: TEXT, error_description: TEXT } },
    404: null,
    409: null,
  },
};

// admin_admin_skills_api_docs.get_skills_id: the skill object itself (closed; a subset of its
// 84 declared fields is listed: the ones the simulator serves).
export const getSkill: Operation = {
  source: 'admin_admin_skills_api_docs.get_skills_id',
  method: 'GET',
  path: /^\/skills\/\d+$/,
  query: query({ fields: TEXT }),
  responses: {
    200: {
      type: 'object',
      additionalProperties: false,
      properties: {
        skillId: { type: 'integer' },
        skillName: TEXT,
        mediaTypeId: { type: 'integer' },
        mediaTypeName: TEXT,
        isActive: { type: 'boolean' },
        campaignId: { type: 'integer' },
        campaignName: TEXT,
        isOutbound: { type: 'boolean' },
      },
      required: ['skillId'],
    },
    400: null,
    401: null,
    403: null,
    404: null,
  },
};

// ---- Writes ----------------------------------------------------------------------------------

const skillAgentsBody = (proficiency: boolean): Schema => ({
  type: 'object',
  additionalProperties: false,
  required: ['agents'],
  properties: {
    agents: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['agentId'],
        properties: {
          agentId: { type: 'string' },
          ...(proficiency ? { isActive: { type: 'boolean' }, proficiency: { type: 'integer', enum: [1, 2, 3, 4, 5] } } : {}),
        },
      },
    },
  },
});
const agentResults = (error: Schema): Schema => ({
  type: 'object',
  required: ['resultSet'],
  properties: {
    resultSet: {
      type: 'object',
      required: ['errorCount', 'agentResults'],
      properties: {
        errorCount: { type: 'integer' },
        agentResults: {
          type: 'array',
          items: { type: 'object', required: ['success'], properties: { agentId: { type: 'integer' }, success: { type: 'boolean' }, error } },
        },
      },
    },
  },
});

// admin_admin_skills_api_docs.agentassignmentsskill / modifyassignmentsskill: postSkillAgentsRequest (proficiency enum 1-5)
export const addSkillAgents: Operation = {
  source: 'admin_admin_skills_api_docs.agentassignmentsskill',
  method: 'POST',
  path: /^\/skills\/\d+\/agents$/,
  request: skillAgentsBody(true),
  responses: { 200: agentResults(TEXT), 400: null, 401: null, 403: null, 404: null },
};
export const updateSkillAgents: Operation = {
  source: 'admin_admin_skills_api_docs.modifyassignmentsskill',
  method: 'PUT',
  path: /^\/skills\/\d+\/agents$/,
  request: skillAgentsBody(true),
  responses: { 200: agentResults(TEXT), 400: null, 401: null, 403: null, 404: null },
};
// admin_admin_skills_api_docs.removeagentassignmentsskill: `error` is a boolean here
export const removeSkillAgents: Operation = {
  source: 'admin_admin_skills_api_docs.removeagentassignmentsskill',
  method: 'DELETE',
  path: /^\/skills\/\d+\/agents$/,
  request: skillAgentsBody(false),
  responses: { 200: agentResults({ type: 'boolean' }), 400: null, 401: null, 403: null, 404: null, 409: null },
};

const agentSkillsBody = (kind: 'POST' | 'PUT' | 'DELETE'): Schema => ({
  type: 'object',
  additionalProperties: false,
  required: ['skills'],
  properties: {
    skills: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: kind === 'PUT' ? ['skillId', 'isActive'] : ['skillId'],
        properties: { skillId: { type: 'string' }, ...(kind !== 'DELETE' ? { isActive: { type: 'boolean' }, proficiency: { type: 'integer' } } : {}) },
      },
    },
  },
});
const skillResults: Schema = {
  type: 'object',
  required: ['resultSet'],
  properties: {
    resultSet: {
      type: 'object',
      required: ['errorCount', 'skillResults'],
      properties: {
        errorCount: { type: 'integer' },
        skillResults: {
          type: 'array',
          items: { type: 'object', required: ['success'], properties: { skillId: { type: 'integer' }, success: { type: 'boolean' }, error: TEXT } },
        },
      },
    },
  },
};
const forbidden = { type: 'object', additionalProperties: false, properties: { error: TEXT, error_description: TEXT } };

// admin_admin_agents_api_docs.assignsskillstoanagent / modifyskillassignmentsforagent /
// removeskillassignmentsforagent: proficiency an integer with no documented range; PUT requires isActive.
export const addAgentSkills: Operation = {
  source: 'admin_admin_agents_api_docs.assignsskillstoanagent',
  method: 'POST',
  path: /^\/agents\/\d+\/skills$/,
  request: agentSkillsBody('POST'),
  responses: { 200: skillResults, 400: null, 403: forbidden, 404: null },
};
export const updateAgentSkills: Operation = {
  source: 'admin_admin_agents_api_docs.modifyskillassignmentsforagent',
  method: 'PUT',
  path: /^\/agents\/\d+\/skills$/,
  request: agentSkillsBody('PUT'),
  responses: { 200: skillResults, 400: null, 403: forbidden, 404: null },
};
export const removeAgentSkills: Operation = {
  source: 'admin_admin_agents_api_docs.removeskillassignmentsforagent',
  method: 'DELETE',
  path: /^\/agents\/\d+\/skills$/,
  request: agentSkillsBody('DELETE'),
  responses: { 200: skillResults, 400: null, 401: null, 403: forbidden, 404: null, 409: null },
};

// admin_admin_agents_api_docs.post_agents_skills ("Add or Modify skill assignments for multiple
// agent"): nothing required but skillIds in a skill item; ids are strings; proficiency an enum 1-5.
// The 200 body is closed; errorCount is a string there, and the result items' ids are strings.
// 206 and 207 are documented without a body schema.
export const bulkWrite: Operation = {
  source: 'admin_admin_agents_api_docs.post_agents_skills',
  method: 'POST',
  path: /^\/agents\/skills$/,
  request: {
    type: 'object',
    additionalProperties: false,
    properties: {
      agentAndSkillDetails: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          properties: {
            agentIds: { type: 'array', items: TEXT },
            skills: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['skillIds'],
                properties: {
                  isActive: { type: 'boolean' },
                  proficiency: { type: 'integer', enum: [1, 2, 3, 4, 5] },
                  skillIds: { type: 'array', items: TEXT },
                },
              },
            },
          },
        },
      },
    },
  },
  responses: {
    200: {
      type: 'object',
      additionalProperties: false,
      properties: {
        resultSet: {
          type: 'object',
          properties: {
            errorCount: TEXT,
            skillResults: { type: 'array', items: { type: 'object', properties: { agentId: TEXT, skillId: TEXT, success: { type: 'boolean' } } } },
          },
        },
      },
    },
    206: null,
    207: null,
    400: null,
    401: null,
    403: null,
    404: null,
    409: null,
    500: null,
  },
};

// ---- Real-time and reporting reads (live impact) -------------------------------------------
// realtimedata_api_docs.skillactivity and .getagentstates, reporting_api_docs.getfullskillsummaries:
// the same API root (v34.0) as the admin operations, documented by NICE's real-time data and
// reporting API documents. None documents a 204; the summary documents no 403 (200, 400, 401 only).
const INTEGER = { type: 'integer' };
const BOOLEAN = { type: 'boolean' };
const QUERY_DATE_TIME = { type: 'string', format: 'date-time' };
const URL_LINKS = {
  type: 'object',
  properties: { self: { type: 'string', format: 'URL' }, next: { type: 'string', format: 'URL' }, previous: { type: 'string', format: 'URL' } },
};

export const listSkillActivity: Operation = {
  source: 'realtimedata_api_docs.skillactivity',
  method: 'GET',
  path: /^\/skills\/activity$/,
  query: query({ mediaTypeId: INT, IsOutbound: BOOL, fields: TEXT, updatedSince: QUERY_DATE_TIME, skip: INT, top: INT }),
  responses: {
    200: {
      type: 'object',
      properties: {
        _links: { ...URL_LINKS, required: ['self'] },
        lastPollTime: DATE_TIME,
        totalRecords: INTEGER,
        skillActivity: {
          type: 'array',
          items: {
            type: 'object',
            properties: Object.fromEntries([
              ...['agentsACW', 'agentsAvailable', 'agentsIdle', 'agentsLoggedIn', 'agentsUnavailable', 'agentsWorking', 'businessUnitId', 'campaignId']
                .concat(['contactsActive', 'inSLA', 'mediaTypeId', 'outSLA', 'parkedCount', 'personalQueueCount', 'queueCount', 'serviceLevel'])
                .concat(['serviceLevelGoal', 'serviceLevelThreshold', 'skillId', 'skillQueueCount'])
                .map((k) => [k, INTEGER]),
              ...['campaignName', 'earliestQueueTime', 'emailFromAddress', 'mediaTypeName', 'skillName'].map((k) => [k, TEXT]),
              ...['isActive', 'isNaturalCalling', 'isOutbound'].map((k) => [k, BOOLEAN]),
              ['divisionNo', { type: 'number' }],
              ['serverTime', DATE_TIME],
            ]),
          },
        },
      },
    },
    400: null,
    401: null,
    403: null,
  },
};

export const listAgentStates: Operation = {
  source: 'realtimedata_api_docs.getagentstates',
  method: 'GET',
  path: /^\/agents\/states$/,
  query: query({ updatedSince: QUERY_DATE_TIME, reqBUIds: TEXT, top: INT, skip: INT, fields: TEXT, orderBy: TEXT }),
  responses: {
    200: {
      type: 'object',
      additionalProperties: false,
      properties: {
        _links: URL_LINKS,
        lastPollTime: DATE_TIME,
        totalRecords: INTEGER,
        agentStates: {
          type: 'array',
          items: {
            type: 'object',
            properties: Object.fromEntries([
              ...['agentId', 'agentStateId', 'businessUnitId', 'contactId', 'mediaTypeId', 'openContacts', 'outStateId', 'skillId', 'stationId', 'teamId'].map(
                (k) => [k, INTEGER],
              ),
              ...['agentStateCategory', 'agentStateName', 'firstName', 'fromAddress', 'lastName', 'mediaTypeName', 'outStateDescription', 'skillName']
                .concat(['stationPhoneNumber', 'teamName', 'toAddress', 'userName'])
                .map((k) => [k, TEXT]),
              ...['isACW', 'isActive', 'isOutbound'].map((k) => [k, BOOLEAN]),
              ...['contactStartHandleTime', 'lastUpdateTime', 'sessionStartTime', 'startDate'].map((k) => [k, DATE_TIME]),
            ]),
          },
        },
      },
    },
    400: forbidden,
    401: forbidden,
    403: forbidden,
    503: forbidden,
  },
};

export const skillSummaries: Operation = {
  source: 'reporting_api_docs.getfullskillsummaries',
  method: 'GET',
  path: /^\/skills\/summary$/,
  query: query({ startDate: QUERY_DATE_TIME, endDate: QUERY_DATE_TIME, mediaTypeId: INT, isOutbound: BOOL, fields: TEXT }, ['startDate', 'endDate']),
  responses: {
    200: {
      type: 'object',
      properties: {
        skillSummaries: {
          type: 'array',
          items: {
            type: 'object',
            properties: Object.fromEntries([
              ...['abandonCount', 'abandonRate', 'agentsAcw', 'agentsAvailable', 'agentsIdle', 'agentsLoggedIn', 'agentsUnavailable', 'agentsWorking']
                .concat(['businessUnitId', 'campaignId', 'connects', 'contactsActive', 'contactsHandled', 'contactsOffered', 'contactsOutOfSLA'])
                .concat(['contactsQueued', 'contactsWithinSLA', 'dials', 'mediaTypeId', 'queueCount', 'rightPartyConnects', 'serviceLevel'])
                .concat(['serviceLevelGoal', 'serviceLevelThreshold', 'skillId'])
                .map((k) => [k, INTEGER]),
              ...['averageHandleTime', 'averageInqueueTime', 'averageSpeedToAnswer', 'averageTalkTime', 'averageWrapTime', 'businessUnitName']
                .concat(['campaignName', 'connectsAHT', 'holdTime', 'longestQueueDur', 'mediaTypeName', 'rightPartyConnectsAHT', 'skillName'])
                .concat(['totalContactTime'])
                .map((k) => [k, TEXT]),
              ['isOutbound', BOOLEAN],
            ]),
          },
        },
      },
    },
    400: null,
    401: null,
  },
};

/** Operations on the auth origin (not under the API root). */
export const AUTH_OPERATIONS = [token, discovery];
/** Operations under /inContactAPI/services/v34.0. */
export const API_OPERATIONS = [
  listSkills,
  listAgents,
  listTeams,
  listAllAssignments,
  listSkillAssignments,
  listAgentAssignments,
  getSkill,
  addSkillAgents,
  updateSkillAgents,
  removeSkillAgents,
  addAgentSkills,
  updateAgentSkills,
  removeAgentSkills,
  bulkWrite,
  listSkillActivity,
  listAgentStates,
  skillSummaries,
];
