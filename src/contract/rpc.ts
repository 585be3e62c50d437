/**
 * The server API's one surface: each method's parameters (params.ts) and result (dto.ts),
 * and the envelope every call returns. The server's handler map is typed by `Handlers`,
 * so a method without a handler, or a handler for a misspelt method, does not compile.
 */
import type { Result } from '../core/result.ts';
import type {
  AdoptionDto, ArchiveDto, CheckInDto, CorrectionDto, CreatedTableDto, GoalDetailDto, GoalDto, GoalListDto, GoalPreviewDto,
  ParsedGoalDto, RefreshDto, RevisionDto, SelectionDto, SettingsDto,
} from './dto.ts';
import type { Method, ParamsOf } from './params.ts';

export type { Method, ParamsOf } from './params.ts';

/** Each method's result value. */
export interface Results {
  listGoals: GoalListDto;
  getGoal: GoalDetailDto;
  previewGoal: GoalPreviewDto;
  parseGoal: ParsedGoalDto;
  createGoal: GoalDto;
  updateGoal: GoalDto;
  archiveGoal: ArchiveDto;
  checkIn: CheckInDto;
  correctCheckIn: CorrectionDto;
  reviseTarget: RevisionDto;
  createTable: CreatedTableDto;
  adoptSheet: AdoptionDto;
  refresh: RefreshDto;
  selectGoal: SelectionDto;
  getSettings: SettingsDto;
  saveSettings: SettingsDto;
}
export type ResultOf<M extends Method> = Results[M];

/** A failure as the client sees it: a stable code, a message to show, and the parameter it is about. */
export interface RpcError {
  readonly code: string;
  readonly message: string;
  readonly field?: string;
}

export type RpcResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: RpcError };

/** What goalpostRpc(method, params) returns for a method. */
export type RpcResponse<M extends Method> = RpcResult<ResultOf<M>>;

/** A server handler per method: checked parameters in, a core Result out (the edge turns it into an RpcResult). */
export type Handlers<Ctx> = { readonly [M in Method]: (params: ParamsOf<M>, ctx: Ctx) => Result<ResultOf<M>> };

// A Results key that is not a method, or a method without a result type, fails here.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const RESULTS_MATCH_METHODS: Exact<keyof Results, Method> = true;
