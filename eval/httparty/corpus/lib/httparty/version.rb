# frozen_string_literal: true

module HTTParty
  VERSION = '0.24.2'
end
