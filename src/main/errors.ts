// Main's expected failures are the same AppError the shared workflow rules throw.
export { AppError, notFound } from '../shared/api/appError'
